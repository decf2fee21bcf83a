package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's SQL session, run statement by statement: each must succeed, and where a comment
 * names an access ({@code -- access=...}), the statement's access lines must contain it.
 */
class ReadmeSqlTest {
  @Test
  void theReadmeSqlSessionRunsAndItsLabelsAreTrue() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"));
    int start = readme.indexOf("```sql\n");
    assertTrue(start >= 0, "README.md has a ```sql block");
    String block = readme.substring(start + 7, readme.indexOf("```", start + 7));
    List<String> lines = block.lines().filter(l -> !l.isBlank()).toList();
    assertFalse(lines.isEmpty());
    try (Connection conn = DriverManager.getConnection("jdbc:dynasql:mem:readme-sql"); Statement st = conn.createStatement()) {
      for (String line : lines) {
        int semicolon = line.indexOf(';');
        String sql = line.substring(0, semicolon);
        String comment = line.substring(semicolon + 1).trim();
        if (st.execute(sql)) {
          try (ResultSet rs = st.getResultSet()) {
            while (rs.next()) { /* read every row so the accesses are complete */ }
          }
        }
        if (comment.startsWith("-- access=")) {
          String expected = comment.substring(3);
          String got = st.unwrap(DynasqlStatement.class).accessLines().toString();
          assertTrue(got.contains(expected), sql + "\n expected " + expected + "\n got " + got);
        }
      }
    }
  }
}
