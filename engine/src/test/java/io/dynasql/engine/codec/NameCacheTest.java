package io.dynasql.engine.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** {@link NameCache} always answers the String of the bytes asked for, hit, miss or collision. */
class NameCacheTest {

  @Property(tries = 300)
  void answersTheStringOfTheBytes(@ForAll @Size(max = 40) List<String> names) {
    for (int round = 0; round < 2; round++) {
      for (String name : names) {
        byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
        byte[] buf = new byte[utf8.length + 6]; // the name sits at an offset among other bytes
        System.arraycopy(utf8, 0, buf, 3, utf8.length);
        assertEquals(new String(utf8, StandardCharsets.UTF_8), NameCache.get(buf, 3, utf8.length));
      }
    }
  }

  @Property(tries = 300)
  void byPositionAnswersTheStringOfTheBytes(@ForAll @Size(max = 40) List<String> names) {
    NameCache.Entry[] positions = new NameCache.Entry[NameCache.POSITIONS];
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < names.size(); i++) {
        byte[] utf8 = names.get(i).getBytes(StandardCharsets.UTF_8);
        // Positions beyond those kept, and names that differ from the last at a position, too.
        int position = (i * 7) % 40;
        assertEquals(new String(utf8, StandardCharsets.UTF_8), NameCache.get(utf8, 0, utf8.length, positions, position));
      }
    }
  }

  @Test
  void aRepeatedNameIsOneStringAndALongNameIsNotCached() {
    byte[] name = "customerId".getBytes(StandardCharsets.UTF_8);
    assertSame(NameCache.get(name, 0, name.length), NameCache.get(name.clone(), 0, name.length));
    byte[] longName = "n".repeat(100).getBytes(StandardCharsets.UTF_8);
    assertEquals("n".repeat(100), NameCache.get(longName, 0, longName.length));
  }
}
