package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The examples of the "Semi-join reduction" section of docs/federation.md, run in order against
 * the H2 source the page declares; each join is answered as H2 answers it over both tables.
 */
class FederationSemiJoinDocTest {
  @Test
  void examplesRun() throws Exception {
    try (Connection h2 = DriverManager.getConnection("jdbc:h2:mem:docs_crm", "sa", "");
        Statement hs = h2.createStatement()) {
      hs.execute("CREATE TABLE IF NOT EXISTS customers (id INT PRIMARY KEY, name VARCHAR(40), city VARCHAR(40), balance DECIMAL(10,2))");
      hs.execute("MERGE INTO customers VALUES (1, 'Ada', 'London', 10.50), (2, 'Brian', 'Paris', 0), (3, 'Chen', 'London', 99.99)");
      hs.execute("DROP TABLE IF EXISTS shipments");
      try (Connection conn = DriverManager.getConnection("jdbc:dynasql:mem:fed_semijoin_docs"); Statement s = conn.createStatement()) {
        List<String> statements = new ArrayList<>();
        statements.addAll(DocSql.statements(DocSql.block(DocSql.section("federation.md", "## Declaring a source"), "sql")));
        statements.addAll(DocSql.statements(DocSql.block(DocSql.section("federation.md",
            "## Semi-join reduction: a join's keys sent to the source"), "sql")));
        List<List<String>> answers = new ArrayList<>();
        for (String sql : statements) {
          if (sql.startsWith("SELECT")) {
            answers.add(FederatedH2SourceTest.rows(conn, sql));
          } else if (sql.startsWith("EXPLAIN")) {
            String plan = String.join("\n", FederatedH2SourceTest.rows(conn, sql));
            assertTrue(plan.contains("RemoteLookupJoin(joinType=[inner], access=[REMOTE_SQL], source=[crm]"), plan);
            assertTrue(plan.contains("WHERE \"ID\" IN (?\u2026)]"), plan);
            assertTrue(plan.contains("est_batches=[1]"), plan);
          } else {
            s.execute(sql);
            if (sql.startsWith("CREATE TABLE") || sql.startsWith("INSERT")) hs.execute(sql);
          }
        }
        // as H2 answers the same statements over both tables
        assertEquals(List.of("1|Ada", "2|Chen", "3|Chen"), answers.get(0));
        assertEquals(FederatedH2SourceTest.rows(h2, statements.get(statements.size() - 3).replace("crm.", "")), answers.get(0));
        assertEquals(List.of("Brian"), answers.get(1));
        assertEquals(FederatedH2SourceTest.rows(h2, statements.get(statements.size() - 1).replace("crm.", "")), answers.get(1));
      }
    }
  }
}
