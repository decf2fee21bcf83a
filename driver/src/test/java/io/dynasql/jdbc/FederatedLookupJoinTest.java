package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Semi-join reduction across sources: a join of a dynasql table with few keys and an H2 table
 * sends those keys as IN (?, ...) batches instead of reading the H2 table whole. Each shape is
 * checked in EXPLAIN and answered as H2 answers the same join over both tables, and as dynasql
 * answers it with pushdown off.
 */
class FederatedLookupJoinTest {
  private static int next;
  private Connection h2;
  private Connection conn;
  private Connection off;
  private String h2Url;

  @BeforeEach
  void setUp() throws SQLException {
    int n = ++next;
    h2Url = "jdbc:h2:mem:semi" + n + "_" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
    h2 = DriverManager.getConnection(h2Url, "sa", "");
    String orders = "INSERT INTO orders (pk, order_id, customer_id, amount) VALUES ('a', 10, 1, 5), ('a', 11, 3, 7.5),"
        + " ('a', 12, 3, 1), ('a', 13, 999, 2), ('a', 14, NULL, 4), ('b', 20, 2, 8), ('b', 21, 4, 9)";
    try (Statement s = h2.createStatement()) {
      s.execute("CREATE TABLE customers (id INT PRIMARY KEY, name VARCHAR(40), city VARCHAR(40), balance DECIMAL(10,2))");
      StringBuilder rows = new StringBuilder("INSERT INTO customers VALUES (1, 'Ada', 'London', 10.50), (2, 'Brian', 'Paris', 0),"
          + " (3, 'Chen', 'London', 99.99), (4, 'Dana', NULL, 5.25), (5, 'Eve', 'Berlin', 42.00)");
      for (int i = 6; i <= 3000; i++) rows.append(", (").append(i).append(", 'c").append(i).append("', 'Oslo', ").append(i).append(')');
      s.execute(rows.toString());
      s.execute("CREATE TABLE orders (pk VARCHAR(10), order_id BIGINT, customer_id BIGINT, amount DECIMAL(10,2))");
      s.execute(orders);
    }
    conn = DriverManager.getConnection("jdbc:dynasql:mem:semijoin_" + n);
    off = DriverManager.getConnection("jdbc:dynasql:mem:semijoin_" + n + ";pushdown=false");
    try (Statement s = conn.createStatement()) {
      s.execute("CREATE SOURCE crm TYPE JDBC OPTIONS (url '" + h2Url + "', user 'sa', pool_size '2')");
      s.execute("CREATE TABLE orders (pk VARCHAR(10), order_id BIGINT, customer_id BIGINT, amount DECIMAL(10,2),"
          + " PRIMARY KEY (pk, order_id))");
      s.execute(orders);
    }
  }

  @AfterEach
  void tearDown() throws SQLException {
    off.close();
    conn.close();
    h2.close();
  }

  @Test
  void theOuterSidesKeysAreSentInsteadOfReadingTheRemoteTable() throws SQLException {
    String sql = "SELECT o.order_id, c.name FROM orders o JOIN crm.customers c ON c.id = o.customer_id WHERE o.pk = 'a'";
    String plan = explain(sql);
    assertTrue(plan.contains("RemoteLookupJoin"), plan);
    assertTrue(plan.contains("WHERE \"ID\" IN (?\u2026)"), plan);
    assertSame(sql, sql);
  }

  private void assertSame(String ours, String h2Sql) throws SQLException {
    List<String> expected = sorted(FederatedH2SourceTest.rows(h2, h2Sql.replace("crm.", "")));
    assertEquals(expected, sorted(FederatedH2SourceTest.rows(conn, ours)));
    assertEquals(expected, sorted(FederatedH2SourceTest.rows(off, ours)));
  }

  private static List<String> sorted(List<String> rows) {
    List<String> out = new ArrayList<>(rows);
    java.util.Collections.sort(out);
    return out;
  }

  private String explain(String sql) throws SQLException {
    StringBuilder b = new StringBuilder();
    try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("EXPLAIN PLAN FOR " + sql)) {
      while (rs.next()) b.append(rs.getString(1)).append('\n');
    }
    return b.toString();
  }
}
