package io.dynasql.tck.scoreboard;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator on a miniature repository: counts, families, differences, stale reports, and failures that fail it. */
class ScoreboardTest {
  @TempDir
  Path root;

  private void write(String path, String text) throws IOException {
    Path p = root.resolve(path);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  private void report(String module, String suite, int tests, String failure) throws IOException {
    String cases = failure == null ? "" : "<testcase name=\"broken()\" classname=\"" + suite + "\"><failure message=\""
        + failure + "\">trace</failure></testcase>";
    write(module + "/target/surefire-reports/TEST-" + suite + ".xml", "<?xml version=\"1.0\"?><testsuite name=\"" + suite
        + "\" tests=\"" + tests + "\" failures=\"" + (failure == null ? 0 : 1) + "\" errors=\"0\" skipped=\"0\">" + cases + "</testsuite>");
  }

  private void repository() throws IOException {
    write("pom.xml", "<project><modules><module>engine</module><module>driver</module><module>tck</module></modules></project>");
    write("tck/src/test/resources/known-differences/dynamodb.json", "[{\"mismatch\": \"batch get\", \"reason\": \"the docs say so\"}]");
    write("tck/src/test/resources/conformance/01-x.sql", "-- differs from standard SQL: keys are required\n"
        + "CREATE TABLE t (a INT);\n-- expect: error 42601\n-- h2 expect: ok\n"
        + "-- dynasql-only: sys tables\nSELECT 1 FROM sys.tables;\n-- expect: ok\n");
    write("docs/.keep", "");
    report("engine", "io.dynasql.engine.ATest", 3, null);
    report("tck", "io.dynasql.tck.conformance.ConformanceTest", 5, null);
    report("tck", "io.dynasql.tck.OldTest", 9, null);
    // jqwik properties appear as testcase elements that the suite's tests attribute does not count
    write("engine/target/surefire-reports/TEST-io.dynasql.engine.PropertyTest.xml", "<testsuite name=\"io.dynasql.engine.PropertyTest\" "
        + "tests=\"1\" failures=\"0\" errors=\"0\" skipped=\"0\"><testcase name=\"a\"/><testcase name=\"b\"/></testsuite>");
    Files.setLastModifiedTime(root.resolve("tck/target/surefire-reports/TEST-io.dynasql.tck.OldTest.xml"), FileTime.fromMillis(1000));
  }

  @Test
  void aGreenBuildIsCountedPerFamilyWithTheKnownDifferences() throws IOException {
    repository();
    write(Scoreboard.COMMITTED, "the committed page");
    assertDoesNotThrow(() -> Scoreboard.generate(root, 5000));
    assertEquals("the committed page", Files.readString(root.resolve(Scoreboard.COMMITTED)), "the build never writes docs/");
    String page = Files.readString(root.resolve(Scoreboard.GENERATED));
    assertTrue(page.contains("| engine | 2 | 5 | 5 | 0 | 0 |"), page);
    assertTrue(page.contains("| tck: conformance scripts (H2) | 1 | 5 | 5 | 0 | 0 |"), page);
    assertTrue(page.contains("| **total** | 3 | 10 | 10 | 0 | 0 |"), page);
    assertTrue(page.contains("Modules with no test reports from this build: `driver`."), page);
    assertFalse(page.contains("OldTest"), "a report older than the build is left over, not counted");
    assertTrue(page.contains("- **batch get**: the docs say so"), page);
    assertTrue(page.contains("| `01-x.sql` | 2 | 1 | 1 | 1 |"), page);
    assertTrue(page.contains("| `01-x.sql:2` | `CREATE TABLE t (a INT)` | keys are required |"), page);
    assertTrue(page.contains("| `01-x.sql:6` | `SELECT 1 FROM sys.tables` | sys tables |"), page);
    assertFalse(page.contains("FAILING"), page);
  }

  @Test
  void aPartialBuildLeavesThePageAloneButStillFailsOnFailures() throws IOException {
    repository();
    Files.createDirectories(root.resolve("driver/src/test/java"));
    Scoreboard.generate(root, 5000);
    assertFalse(Files.exists(root.resolve(Scoreboard.GENERATED)), "driver's tests did not run in this build");
    write(Scoreboard.GENERATED, "left from an earlier full build");
    Scoreboard.generate(root, 5000);
    assertFalse(Files.exists(root.resolve(Scoreboard.GENERATED)), "a page of an earlier build is not this build's");
    report("engine", "io.dynasql.engine.CTest", 1, "boom");
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Scoreboard.generate(root, 5000));
    assertTrue(e.getMessage().contains("io.dynasql.engine.CTest broken(): failure: boom"), e.getMessage());
  }

  @Test
  void aFailureIsWrittenAndFailsTheGenerator() throws IOException {
    repository();
    report("driver", "io.dynasql.jdbc.BTest", 2, "expected 1 but was 2");
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Scoreboard.generate(root, 5000));
    assertTrue(e.getMessage().startsWith("1 test cases failed"), e.getMessage());
    String page = Files.readString(root.resolve(Scoreboard.GENERATED));
    assertTrue(page.contains("## FAILING\n\n- `io.dynasql.jdbc.BTest` broken(): failure: expected 1 but was 2"), page);
    assertTrue(page.contains("| driver | 1 | 2 | 1 | 1 | 0 |"), page);
  }
}
