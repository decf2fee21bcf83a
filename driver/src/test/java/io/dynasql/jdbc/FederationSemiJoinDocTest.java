package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The examples of the sections of docs/federation.md on what joins and aggregates send to the
 * source (semi-join reduction, GROUP BY, joins within one source), run in order against the H2
 * source the page declares; each is checked in its plan and answered as H2 answers it.
 */
class FederationSemiJoinDocTest {
  @Test
  void examplesRun() throws Exception {
    try (Connection h2 = DriverManager.getConnection("jdbc:h2:mem:docs_crm", "sa", "");
        Statement hs = h2.createStatement()) {
      hs.execute("CREATE TABLE IF NOT EXISTS customers (id INT PRIMARY KEY, name VARCHAR(40), city VARCHAR(40), balance DECIMAL(10,2))");
      hs.execute("MERGE INTO customers VALUES (1, 'Ada', 'London', 10.50), (2, 'Brian', 'Paris', 0), (3, 'Chen', 'London', 99.99)");
      hs.execute("DROP TABLE IF EXISTS shipments");
      // the page's catalogue of 1,000 products: large enough that a few keys pay for their statement
      hs.execute("CREATE TABLE IF NOT EXISTS products (id INT PRIMARY KEY, title VARCHAR(40), price DECIMAL(10,2))");
      hs.execute("MERGE INTO products SELECT x, 'product ' || x, x / 4.0 FROM SYSTEM_RANGE(1, 1000)");
      hs.execute("CREATE TABLE IF NOT EXISTS invoices (invoice_id INT PRIMARY KEY, customer_id INT, total DECIMAL(10,2))");
      hs.execute("MERGE INTO invoices VALUES (100, 1, 20.00), (101, 3, 0.50), (102, 3, 12.25), (103, 7, 5.00)");
      try (Connection conn = DriverManager.getConnection("jdbc:dynasql:mem:fed_semijoin_docs"); Statement s = conn.createStatement()) {
        List<String> statements = new ArrayList<>();
        statements.addAll(DocSql.statements(DocSql.block(DocSql.section("federation.md", "## Declaring a source"), "sql")));
        for (String section : List.of("## Semi-join reduction: a join's keys sent to the source",
            "## GROUP BY and aggregates sent to the source", "## Joins of two tables of one source")) {
          statements.addAll(DocSql.statements(DocSql.block(DocSql.section("federation.md", section), "sql")));
        }
        List<List<String>> answers = new ArrayList<>();
        List<String> selects = new ArrayList<>();
        List<String> plans = new ArrayList<>();
        for (String sql : statements) {
          if (sql.startsWith("SELECT")) {
            answers.add(FederatedH2SourceTest.rows(conn, sql));
            selects.add(sql);
          } else if (sql.startsWith("EXPLAIN")) {
            plans.add(String.join("\n", FederatedH2SourceTest.rows(conn, sql)));
          } else {
            s.execute(sql);
            if (sql.startsWith("CREATE TABLE") || sql.startsWith("INSERT")) hs.execute(sql);
          }
        }
        // as H2 answers the same statements over both tables
        assertEquals(List.of("1|product 17", "2|product 512", "3|product 17"), answers.get(0));
        assertEquals(List.of("1|Ada", "2|Chen", "3|Chen"), answers.get(1));
        assertEquals(List.of("Brian"), answers.get(2));
        for (int i = 0; i < answers.size(); i++) {
          assertEquals(sorted(FederatedH2SourceTest.rows(h2, selects.get(i).replace("crm.", ""))), sorted(answers.get(i)), selects.get(i));
        }
        assertEquals(5, answers.size());
        // 1,000 products by H2's statistics: the keys of 'today' are sent in one batch
        assertTrue(plans.get(0).contains("RemoteLookupJoin(joinType=[inner], access=[REMOTE_SQL], source=[crm]"), plans.get(0));
        assertTrue(plans.get(0).contains("WHERE \"ID\" IN (?\u2026)]"), plans.get(0));
        assertTrue(plans.get(0).contains("est_batches=[1]"), plans.get(0));
        // 3 customers: the keys would find as many rows as the one statement reading them all
        assertFalse(plans.get(1).contains("RemoteLookupJoin"), plans.get(1));
        assertTrue(plans.get(1).contains("RemoteEnumerableScan(table=[[crm, CUSTOMERS]], access=[REMOTE_SQL], source=[crm],"
            + " sql=[SELECT \"ID\", \"NAME\" FROM \"PUBLIC\".\"CUSTOMERS\"], est_rows=[3]"), plans.get(1));
        assertTrue(plans.get(2).contains("RemoteAggregateScan(table=[[crm, CUSTOMERS]], access=[REMOTE_SQL], source=[crm],"
            + " sql=[SELECT \"CITY\", COUNT(*), SUM(\"BALANCE\"), MAX(\"BALANCE\") FROM \"PUBLIC\".\"CUSTOMERS\""
            + " WHERE \"ID\" > ? GROUP BY \"CITY\"])"), plans.get(2));
        assertTrue(plans.get(3).contains("RemoteJoinScan(joinType=[inner], access=[REMOTE_SQL], source=[crm], sql=[SELECT"
            + " l.\"CUSTOMER_ID\", l.\"TOTAL\", r.\"ID\", r.\"NAME\" FROM (SELECT \"CUSTOMER_ID\", \"TOTAL\" FROM"
            + " \"PUBLIC\".\"INVOICES\" WHERE \"TOTAL\" > ?) l JOIN (SELECT \"ID\", \"NAME\" FROM \"PUBLIC\".\"CUSTOMERS\") r"
            + " ON l.\"CUSTOMER_ID\" = r.\"ID\"])"), plans.get(3));
      }
    }
  }

  private static List<String> sorted(List<String> rows) {
    List<String> out = new ArrayList<>(rows);
    java.util.Collections.sort(out);
    return out;
  }
}
