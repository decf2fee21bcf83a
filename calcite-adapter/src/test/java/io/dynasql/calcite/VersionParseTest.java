package io.dynasql.calcite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link Version}: read from the filtered version.properties, and its numbers parsed from Maven's version forms. */
class VersionParseTest {
  @Test
  void theBuildFilledInTheVersion() {
    assertFalse(Version.CURRENT.text().contains("${"), Version.CURRENT.text());
    assertTrue(Version.CURRENT.text().matches("\\d+\\.\\d+.*"), Version.CURRENT.text());
    assertEquals("dynasql " + Version.CURRENT.text(), VersionFunction.version(null));
  }

  @Test
  void numbersComeFromMajorAndMinor() {
    assertEquals(new Version("0.1.0-SNAPSHOT", 0, 1), Version.parse("0.1.0-SNAPSHOT"));
    assertEquals(new Version("2.13.4", 2, 13), Version.parse("2.13.4"));
    assertEquals(new Version("3", 3, 0), Version.parse("3"));
  }

  @Test
  void anUnreadableVersionNamesItself() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Version.parse("snapshot"));
    assertTrue(e.getMessage().contains("version=snapshot"), e.getMessage());
  }
}
