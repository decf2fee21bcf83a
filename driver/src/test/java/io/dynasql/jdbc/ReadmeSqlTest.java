package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's SQL session, pasted into the shell exactly as printed (comments included): every
 * statement runs, in order, without an error, and where a comment names an access
 * ({@code -- access=...}), the shell printed that access for that statement.
 */
class ReadmeSqlTest {
  @Test
  void theReadmeSqlSessionRunsInTheShellAsPrintedAndItsLabelsAreTrue() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"));
    int start = readme.indexOf("```sql\n");
    assertTrue(start >= 0, "README.md has a ```sql block");
    String block = readme.substring(start + 7, readme.indexOf("```", start + 7));
    // the README prints one statement per line, "statement;   -- what the shell prints for it"
    List<String> lines = block.lines().filter(l -> !l.isBlank()).toList();
    assertFalse(lines.isEmpty());

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int status = Main.runScript(new StringReader(block), new PrintStream(bytes, true, StandardCharsets.UTF_8), "jdbc:dynasql:mem:readme-sql");
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertEquals(0, status, out);
    List<List<String>> sections = sections(out);
    assertEquals(lines.size(), sections.size(), "one statement per README line ran\n" + out);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int semicolon = line.lastIndexOf(';', line.contains("--") ? line.indexOf("--") : line.length());
      String sql = line.substring(0, semicolon).trim();
      String comment = line.substring(semicolon + 1).trim();
      List<String> section = sections.get(i);
      assertEquals("dynasql> " + sql + ";", section.get(0), out);
      assertTrue(section.stream().noneMatch(l -> l.trim().startsWith("error")), sql + "\n" + String.join("\n", section));
      if (comment.startsWith("-- access=")) {
        String expected = comment.substring(3);
        assertTrue(section.stream().anyMatch(l -> l.trim().startsWith(expected)),
            sql + "\n expected " + expected + "\n got\n" + String.join("\n", section));
      }
    }
  }

  /** The shell's output cut where it echoes each statement ({@code dynasql> ...}). */
  private static List<List<String>> sections(String out) {
    List<List<String>> all = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (line.startsWith("dynasql> ")) all.add(new ArrayList<>());
      if (!all.isEmpty()) all.get(all.size() - 1).add(line);
    }
    return all;
  }
}
