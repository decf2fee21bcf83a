package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The example of docs/federation.md, "With pushdown off", run on a {@code pushdown=false}
 * connection against the H2 source of "Declaring a source": the plan it names, the rows it
 * answers, and the label's statement.
 */
class FederationPushdownOffDocTest {
  private static final String PLAIN = "SELECT \"ID\", \"NAME\", \"CITY\", \"BALANCE\" FROM \"PUBLIC\".\"CUSTOMERS\"";

  @Test
  void theExampleReadsTheWholeTable() throws Exception {
    try (Connection h2 = DriverManager.getConnection("jdbc:h2:mem:docs_crm", "sa", "");
        Statement hs = h2.createStatement()) {
      hs.execute("CREATE TABLE IF NOT EXISTS customers (id INT PRIMARY KEY, name VARCHAR(40), city VARCHAR(40), balance DECIMAL(10,2))");
      hs.execute("MERGE INTO customers VALUES (1, 'Ada', 'London', 10.50), (2, 'Brian', 'Paris', 0), (3, 'Chen', 'London', 99.99)");
      String section = DocSql.section("federation.md", "## With pushdown off");
      assertTrue(section.contains("sql=[" + PLAIN + "]"), section);
      try (Connection conn = DriverManager.getConnection("jdbc:dynasql:mem:fed_docs_off;pushdown=false");
          Statement s = conn.createStatement()) {
        for (String sql : DocSql.statements(DocSql.block(DocSql.section("federation.md", "## Declaring a source"), "sql"))) {
          s.execute(sql);
        }
        String explain = DocSql.statements(DocSql.block(section, "sql")).get(0);
        try (ResultSet rs = s.executeQuery(explain)) {
          assertTrue(rs.next());
          assertTrue(rs.getString(1).contains("sql=[" + PLAIN + "]"), rs.getString(1));
        }
        List<String> names = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(explain.substring("EXPLAIN PLAN FOR ".length()))) {
          while (rs.next()) names.add(rs.getString(1));
        }
        assertEquals(List.of("Chen"), names);
        try (ResultSet rs = s.executeQuery("SELECT remote_sql, items_returned FROM sys.access_log WHERE access = 'REMOTE_SQL'"
            + " ORDER BY statement_id DESC LIMIT 1")) {
          assertTrue(rs.next());
          assertEquals(PLAIN + "|3", rs.getString(1) + "|" + rs.getLong(2));
        }
      }
    }
  }
}
