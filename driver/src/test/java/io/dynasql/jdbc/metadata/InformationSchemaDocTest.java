package io.dynasql.jdbc.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The information_schema and version() example of docs/sql.md runs as printed. */
class InformationSchemaDocTest {
  @Test
  void theDocsExampleRunsAsPrinted() throws IOException, SQLException {
    String doc = Files.readString(Path.of("..", "docs", "sql.md"));
    int at = doc.indexOf("`information_schema` has the views");
    int start = doc.indexOf("```sql\n", at) + "```sql\n".length();
    String block = doc.substring(start, doc.indexOf("```", start));
    List<String> statements = new ArrayList<>();
    for (String s : block.split(";")) if (!s.isBlank()) statements.add(s.strip());
    assertEquals(3, statements.size(), block);
    try (Connection c = DriverManager.getConnection("jdbc:dynasql:mem:info-doc"); Statement st = c.createStatement()) {
      st.execute("CREATE TABLE orders (customer VARCHAR, orderId BIGINT, total DECIMAL(10, 2), PRIMARY KEY (customer, orderId))");
      List<String> answers = new ArrayList<>();
      for (String sql : statements) {
        try (ResultSet rs = st.executeQuery(sql)) {
          while (rs.next()) answers.add(rs.getString(1) + (rs.getMetaData().getColumnCount() > 1 ? "|" + rs.getString(2) : ""));
        }
      }
      assertTrue(answers.contains("orders|BASE TABLE"), answers.toString());
      assertTrue(answers.contains("customer|VARCHAR") || answers.stream().anyMatch(a -> a.startsWith("customer|")), answers.toString());
      assertTrue(answers.get(answers.size() - 1).startsWith("dynasql "), answers.toString());
    }
  }
}
