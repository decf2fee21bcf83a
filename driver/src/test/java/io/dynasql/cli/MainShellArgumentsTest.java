package io.dynasql.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.calcite.Version;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The command line's options for the shell: help and version are answered, never taken for a JDBC URL. */
class MainShellArgumentsTest {
  private record Run(int status, String out) {}

  private static Run main(String... args) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int status = Main.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return new Run(status, bytes.toString(StandardCharsets.UTF_8));
  }

  @Test
  void shellHelpPrintsUsage() {
    for (String help : new String[] {"--help", "-h"}) {
      Run r = main("shell", help);
      assertEquals(0, r.status(), r.out());
      assertTrue(r.out().startsWith("usage: dynasql shell"), r.out());
      assertTrue(r.out().contains("!describe <table>"), r.out());
      assertFalse(r.out().contains("cannot connect"), r.out());
    }
  }

  @Test
  void versionAtTopLevelAndForTheShell() {
    String expected = Version.CURRENT.describe() + "\n";
    assertTrue(expected.matches("dynasql \\d+\\.\\d+.*\\n"), expected);
    assertEquals(new Run(0, expected), main("--version"));
    assertEquals(new Run(0, expected), main("shell", "--version"));
    assertEquals(new Run(0, expected), main("shell", "-V"));
  }

  @Test
  void badShellArgumentsSayWhatWasWrong() {
    Run option = main("shell", "--frob");
    assertEquals(2, option.status());
    assertTrue(option.out().startsWith("dynasql shell: unknown option --frob\nusage: dynasql shell"), option.out());
    Run directory = main("shell", "my-db");
    assertEquals(2, directory.status());
    assertTrue(directory.out().contains("my-db is not a JDBC URL; for a database directory write jdbc:dynasql:my-db"), directory.out());
    Run two = main("shell", "jdbc:dynasql:mem:a", "jdbc:dynasql:mem:b");
    assertEquals(2, two.status());
    assertTrue(two.out().contains("one JDBC URL at most"), two.out());
  }

  @Test
  void demoHelpIsNotADirectory() {
    Run r = main("demo", "--help");
    assertEquals(0, r.status(), r.out());
    assertTrue(r.out().startsWith("usage: dynasql demo [directory]"), r.out());
  }
}
