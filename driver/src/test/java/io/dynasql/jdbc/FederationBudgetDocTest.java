package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Prices, Estimates and Budgets examples of docs/federation.md, run against the H2 source its
 * "Declaring a source" section declares: what they show is what dynasql answers.
 */
class FederationBudgetDocTest {
  @Test
  void pricesEstimatesAndBudgetsRunAsDocumented() throws Exception {
    try (Connection h2 = DriverManager.getConnection("jdbc:h2:mem:docs_crm", "sa", "");
        Statement hs = h2.createStatement()) {
      hs.execute("CREATE TABLE IF NOT EXISTS customers (id INT PRIMARY KEY, name VARCHAR(40), city VARCHAR(40), balance DECIMAL(10,2))");
      hs.execute("MERGE INTO customers VALUES (1, 'Ada', 'London', 10.50), (2, 'Brian', 'Paris', 0), (3, 'Chen', 'London', 99.99)");
      try (Connection conn = DriverManager.getConnection("jdbc:dynasql:mem:fed_budget_docs"); Statement s = conn.createStatement()) {
        run(s, "## Declaring a source");
        run(s, "## Prices");
        try (ResultSet rs = s.executeQuery(statements("## Prices").get(2))) {
          assertTrue(rs.next());
          double expected = rs.getLong("bytes_fetched") / 1e9 * 5 + rs.getLong("elapsed_ms") / 1000.0 * 0.0001;
          assertEquals(expected, rs.getDouble("cost_usd"), 1e-12);
        }
        try (ResultSet rs = s.executeQuery(statements("## Estimates").get(0))) {
          assertTrue(rs.next());
          // 3 rows by H2's statistics, 0.15 of them for city = 'London', at least one row
          assertTrue(rs.getString(1).contains("est_rows=[1], est_bytes=[20]"), rs.getString(1));
        }
        String budgets = DocSql.section("federation.md", "## Budgets").replaceAll("\\s+", " ");
        assertTrue(budgets.contains("With `jdbc:dynasql:/path/to/db;maxRowsFetched=2`"), budgets);
        String documented = budgets.substring(budgets.indexOf("is refused: `") + 13, budgets.indexOf("est_usd=...)`"));
        try (Connection limited = DriverManager.getConnection("jdbc:dynasql:mem:fed_budget_docs;maxRowsFetched=2");
            Statement ls = limited.createStatement()) {
          SQLException e = assertThrows(SQLException.class, () -> ls.executeQuery(statements("## Budgets").get(0)));
          assertEquals("54000", e.getSQLState());
          assertTrue(e.getMessage().startsWith(documented), e.getMessage() + "\nvs the docs: " + documented);
        }
      }
    }
  }

  private static List<String> statements(String section) throws Exception {
    return DocSql.statements(DocSql.block(DocSql.section("federation.md", section), "sql"));
  }

  private static void run(Statement s, String section) throws Exception {
    for (String sql : statements(section)) {
      if (s.execute(sql)) {
        try (ResultSet rs = s.getResultSet()) {
          assertTrue(rs.next(), sql + " returned no row");
        }
      }
    }
  }
}
