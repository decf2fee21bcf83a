package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The examples of docs/federation.md on semi-join keys of several columns and on joins of three
 * or more tables and GROUP BY over a join, run in order against the H2 source the page declares:
 * each checked in its plan and label, and answered as H2 answers it with the tables inside it.
 */
class FederationMultiTableDocTest {
  @Test
  void examplesRun() throws Exception {
    try (Connection h2 = DriverManager.getConnection("jdbc:h2:mem:docs_crm", "sa", ""); Statement hs = h2.createStatement()) {
      hs.execute("CREATE TABLE IF NOT EXISTS customers (id INT PRIMARY KEY, name VARCHAR(40), city VARCHAR(40), balance DECIMAL(10,2))");
      hs.execute("MERGE INTO customers VALUES (1, 'Ada', 'London', 10.50), (2, 'Brian', 'Paris', 0), (3, 'Chen', 'London', 99.99)");
      hs.execute("CREATE TABLE IF NOT EXISTS products (id INT PRIMARY KEY, title VARCHAR(40), price DECIMAL(10,2))");
      hs.execute("MERGE INTO products SELECT x, 'product ' || x, x / 4.0 FROM SYSTEM_RANGE(1, 1000)");
      hs.execute("CREATE TABLE IF NOT EXISTS invoices (invoice_id INT PRIMARY KEY, customer_id INT, total DECIMAL(10,2))");
      hs.execute("MERGE INTO invoices VALUES (100, 1, 20.00), (101, 3, 0.50), (102, 3, 12.25), (103, 7, 5.00)");
      hs.execute("CREATE TABLE IF NOT EXISTS invoice_lines (invoice_id INT, line INT, product_id INT, qty INT, PRIMARY KEY (invoice_id, line))");
      hs.execute("MERGE INTO invoice_lines VALUES (100, 1, 17, 2), (100, 2, 512, 1), (102, 1, 17, 5), (103, 1, 3, 1)");
      hs.execute("CREATE TABLE IF NOT EXISTS stock (product_id INT, warehouse VARCHAR(10), quantity INT, PRIMARY KEY (product_id, warehouse))");
      hs.execute("MERGE INTO stock SELECT x, w, x * 10 + CASE w WHEN 'north' THEN 1 ELSE 2 END FROM SYSTEM_RANGE(1, 1000), (VALUES 'north', 'south') v(w)");
      hs.execute("DROP TABLE IF EXISTS picks");
      try (Connection conn = DriverManager.getConnection("jdbc:dynasql:mem:fed_multitable_docs"); Statement s = conn.createStatement()) {
        List<String> statements = new ArrayList<>();
        statements.addAll(DocSql.statements(DocSql.block(DocSql.section("federation.md", "## Declaring a source"), "sql")));
        for (String section : List.of("## Semi-join keys of several columns",
            "## Joins of three or more tables, and GROUP BY over a join")) {
          statements.addAll(DocSql.statements(DocSql.block(DocSql.section("federation.md", section), "sql")));
        }
        List<String> selects = new ArrayList<>();
        List<List<String>> answers = new ArrayList<>();
        List<String> plans = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (String sql : statements) {
          if (sql.startsWith("SELECT")) {
            answers.add(FederatedH2SourceTest.rows(conn, sql));
            selects.add(sql);
            try (java.sql.ResultSet rs = s.executeQuery(sql)) {
              while (rs.next()) assertTrue(rs.getMetaData().getColumnCount() > 0);
            }
            labels.add(s.unwrap(DynasqlStatement.class).accessLines().toString());
          } else if (sql.startsWith("EXPLAIN")) {
            plans.add(String.join("\n", FederatedH2SourceTest.rows(conn, sql)));
          } else {
            s.execute(sql);
            if (sql.startsWith("CREATE TABLE") || sql.startsWith("INSERT")) hs.execute(sql);
          }
        }
        assertEquals(3, answers.size());
        assertEquals(List.of("1|171", "2|172", "3|5121"), answers.get(0));
        assertEquals(List.of("London|3|32.75"), answers.get(2));
        for (int i = 0; i < answers.size(); i++) {
          assertEquals(sorted(FederatedH2SourceTest.rows(h2, selects.get(i).replace("crm.", ""))), sorted(answers.get(i)), selects.get(i));
        }
        assertTrue(plans.get(0).contains("RemoteLookupJoin(joinType=[inner], access=[REMOTE_SQL], source=[crm], sql=[SELECT"
            + " \"WAREHOUSE\", \"QUANTITY\", \"PRODUCT_ID\" FROM \"PUBLIC\".\"STOCK\" WHERE (\"PRODUCT_ID\", \"WAREHOUSE\") IN ((?, ?)\u2026)]"),
            plans.get(0));
        // 1,000 parameters a statement, two a key
        assertTrue(plans.get(0).contains("batch_size=[500]"), plans.get(0));
        // four keys without a NULL, the three that exist found
        assertTrue(labels.get(0).contains("IN ((?, ?), (?, ?), (?, ?), (?, ?))") && labels.get(0).contains(" rows=3 "), labels.get(0));
        assertTrue(plans.get(1).contains("RemoteJoinScan(joinType=[inner], access=[REMOTE_SQL], source=[crm]"), plans.get(1));
        assertEquals(3, plans.get(1).split(" JOIN \\(", -1).length - 1, plans.get(1));
        assertTrue(plans.get(1).contains(" AS c0"), plans.get(1));
        assertFalse(plans.get(1).contains("RemoteEnumerableScan"), plans.get(1));
        assertTrue(plans.get(1).contains(") l JOIN (SELECT \"ID\", \"TITLE\" FROM \"PUBLIC\".\"PRODUCTS\") r ON l.c1 = r.\"ID\"])"),
            plans.get(1));
        assertTrue(plans.get(2).contains("RemoteJoinGroupScan(access=[REMOTE_SQL], source=[crm], sql=[SELECT c3, COUNT(*), SUM(c1)"
            + " FROM (SELECT l.\"CUSTOMER_ID\" AS c0, l.\"TOTAL\" AS c1, r.\"ID\" AS c2, r.\"CITY\" AS c3 FROM (SELECT"
            + " \"CUSTOMER_ID\", \"TOTAL\" FROM \"PUBLIC\".\"INVOICES\") l JOIN (SELECT \"ID\", \"CITY\" FROM"
            + " \"PUBLIC\".\"CUSTOMERS\") r ON l.\"CUSTOMER_ID\" = r.\"ID\") j GROUP BY c3])"), plans.get(2));
        assertTrue(labels.get(2).contains(" rows=1 "), labels.get(2));
      }
    }
  }

  private static List<String> sorted(List<String> rows) {
    List<String> out = new ArrayList<>(rows);
    Collections.sort(out);
    return out;
  }
}
