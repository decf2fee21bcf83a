package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
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
 * docs/streams.md's "From SQL" example runs as printed and answers the rows the page shows
 * (record shapes: https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_StreamRecord.html).
 */
class StreamsSqlDocTest {
  @Test
  void theDocsExampleAnswersTheRowsItShows() throws IOException, SQLException {
    String section = DocSql.section("streams.md", "## From SQL");
    List<String> statements = DocSql.statements(DocSql.block(section, "sql"));
    List<String> expected = new ArrayList<>();
    for (String line : DocSql.block(section, "text").split("\n")) expected.add(normal(line));
    List<String> answered = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:dynasql:mem:streams-doc"); Statement st = c.createStatement()) {
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
      assertEquals(expected, answered);
      assertNull(c.unwrap(DynasqlConnection.class).database().describeTable("orders").streamSpecification(),
          "the example ends by turning the stream off");
    }
  }

  /** A row as the page aligns it, without the padding. */
  private static String normal(String line) {
    return String.join("|", Arrays.stream(line.split("\\|")).map(String::strip).toList());
  }
}
