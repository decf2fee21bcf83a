package io.dynasql.jdbc.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/rollups.md's "From SQL" example runs as printed and answers the rows the page shows
 * (the pattern: https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/bp-gsi-aggregation.html).
 */
class RollupSqlDocTest {
  @Test
  void theDocsExampleAnswersTheRowsItShows() throws IOException, SQLException {
    String page = Files.readString(Path.of("..", "docs", "rollups.md"), StandardCharsets.UTF_8);
    String section = page.substring(page.indexOf("## From SQL"), page.indexOf("### The statements"));
    List<String> statements = new ArrayList<>();
    for (String s : block(section, "sql").split(";")) {
      if (!s.isBlank()) statements.add(s.strip());
    }
    List<String> expected = new ArrayList<>();
    for (String line : block(section, "text").split("\n")) expected.add(normal(line));
    List<String> answered = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:dynasql:mem:rollups-doc;scan=allow"); Statement st = c.createStatement()) {
      for (String sql : statements) {
        if (!st.execute(sql)) continue;
        try (ResultSet rs = st.getResultSet()) {
          int n = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            List<String> cells = new ArrayList<>();
            for (int i = 1; i <= n; i++) cells.add(String.valueOf(rs.getString(i)));
            answered.add(String.join("|", cells));
          }
        }
      }
    }
    assertEquals(expected, answered);
  }

  private static String block(String text, String language) {
    int start = text.indexOf("```" + language + "\n") + 4 + language.length();
    return text.substring(start, text.indexOf("```", start)).strip();
  }

  private static String normal(String line) {
    return String.join("|", Arrays.stream(line.split("\\|")).map(String::strip).toList());
  }
}
