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
        + " ('a', 12, 3, 1), ('a', 13, 9999, 2), ('a', 14, NULL, 4), ('b', 20, 2, 8), ('b', 21, 4, 9)";
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

  @Test
  void nullKeysAreNeverSentAndDuplicatesOnceInOneLabelledBatch() throws SQLException {
    String sql = "SELECT o.order_id, c.name FROM orders o JOIN crm.customers c ON c.id = o.customer_id WHERE o.pk = 'a'";
    try (Statement s = conn.createStatement()) {
      try (ResultSet rs = s.executeQuery(sql)) {
        while (rs.next()) assertTrue(rs.getLong(1) > 0);
      }
      List<AccessLine> lines = s.unwrap(DynasqlStatement.class).accessLines();
      String remote = lines.stream().map(Object::toString).filter(l -> l.startsWith("access=REMOTE_SQL")).findFirst().orElseThrow();
      // keys of pk 'a': 1, 3, 3, 9999 and NULL -> 1, 3, 9999 in one statement; 9999 matches nothing
      assertTrue(remote.contains(" rows=2 "), remote);
      assertTrue(remote.contains(" round_trips=1 "), remote);
      assertTrue(remote.endsWith("FROM \"PUBLIC\".\"CUSTOMERS\" WHERE \"ID\" IN (?, ?, ?)\""), remote);
    }
  }

  @Test
  void leftJoinsKeepOuterRowsWithoutAMatch() throws SQLException {
    String sql = "SELECT o.order_id, c.name, c.city FROM orders o LEFT JOIN crm.customers c ON c.id = o.customer_id"
        + " WHERE o.pk = 'a'";
    String plan = explain(sql);
    assertTrue(plan.contains("RemoteLookupJoin(joinType=[left]"), plan);
    assertSame(sql, sql);
    assertEquals(5, FederatedH2SourceTest.rows(conn, sql).size());
  }

  @Test
  void remoteConditionsAreKeptNextToTheKeys() throws SQLException {
    String sql = "SELECT o.order_id, c.name FROM orders o JOIN crm.customers c ON o.customer_id = c.id"
        + " WHERE o.pk = 'a' AND c.balance > 50";
    String plan = explain(sql);
    // one parameter is the condition's, so a batch carries at most 999 keys
    assertTrue(plan.contains("WHERE \"BALANCE\" > ? AND \"ID\" IN (?\u2026)"), plan);
    assertTrue(plan.contains("batch_size=[999]"), plan);
    assertSame(sql, sql);
  }

  @Test
  void theSourcesTableMayBeTheLeftInput() throws SQLException {
    String sql = "SELECT o.order_id, c.name FROM crm.customers c JOIN orders o ON o.customer_id = c.id"
        + " WHERE o.pk = 'a' AND c.balance > 50";
    String plan = explain(sql);
    assertTrue(plan.contains("WHERE \"BALANCE\" > ? AND \"ID\" IN (?\u2026)"), plan);
    assertTrue(plan.contains("access=QUERY table=orders key=[pk = 'a']"), plan);
    assertSame(sql, sql);
  }

  @Test
  void anInSubqueryOverADynasqlTableSendsItsKeys() throws SQLException {
    String sql = "SELECT name FROM crm.customers WHERE id IN (SELECT customer_id FROM orders WHERE pk = 'b')";
    String plan = explain(sql);
    assertTrue(plan.contains("RemoteLookupJoin"), plan);
    assertSame(sql, sql);
    assertEquals(List.of("Brian", "Dana"), sorted(FederatedH2SourceTest.rows(conn, sql)));
  }

  @Test
  void keysBeyondOneBatchAreSentInSeveralStatements() throws SQLException {
    // many small partitions make the estimate of one partition small; 'big' then holds 2,500 orders
    StringBuilder small = new StringBuilder("INSERT INTO orders (pk, order_id, customer_id, amount) VALUES ");
    for (int i = 0; i < 400; i++) small.append(i > 0 ? ", " : "").append("('p").append(i).append("', 1, 1, 1)");
    StringBuilder big = new StringBuilder("INSERT INTO orders (pk, order_id, customer_id, amount) VALUES ");
    for (int i = 1; i <= 2500; i++) big.append(i > 1 ? ", " : "").append("('big', ").append(i).append(", ").append(i).append(", 1)");
    for (Connection c : List.of(conn, h2)) {
      try (Statement s = c.createStatement()) {
        s.execute(small.toString());
        s.execute(big.toString());
      }
    }
    String sql = "SELECT o.order_id, c.name FROM orders o JOIN crm.customers c ON c.id = o.customer_id WHERE o.pk = 'big'";
    assertTrue(explain(sql).contains("RemoteLookupJoin"), explain(sql));
    try (Statement s = conn.createStatement()) {
      int n = 0;
      try (ResultSet rs = s.executeQuery(sql)) {
        while (rs.next()) n++;
      }
      assertEquals(2500, n);
      String remote = s.unwrap(DynasqlStatement.class).accessLines().stream().map(Object::toString)
          .filter(l -> l.startsWith("access=REMOTE_SQL")).findFirst().orElseThrow();
      // 2,500 keys at 1,000 a statement: three statements returning 1,000, 1,000 and 500 rows, each a round trip
      // plus one per further fetch of 500 rows (2 + 2 + 1)
      assertTrue(remote.contains(" rows=2500 "), remote);
      assertTrue(remote.contains(" round_trips=5 "), remote);
      assertTrue(remote.contains("IN (" + "?, ".repeat(999) + "?)"), remote);
    }
    assertSame(sql, sql);
  }

  @Test
  void aSourcesRowsWithFewKeysDriveALookupOfADynasqlTable() throws SQLException {
    // the other direction: the remote side (one customer) gives the keys, and dynasql's table, too big
    // to scan for them (1,000 items of 3 KB), is read by key with BatchGetItem
    StringBuilder rows = new StringBuilder("INSERT INTO accounts (customer_id, tier) VALUES ");
    String pad = "x".repeat(3000);
    for (int i = 1; i <= 1000; i++) rows.append(i > 1 ? ", " : "").append('(').append(i).append(", '").append(i % 2 == 0 ? "gold" : "silver").append(pad).append("')");
    try (Statement s = conn.createStatement()) {
      s.execute("CREATE TABLE accounts (customer_id BIGINT, tier VARCHAR(3010), PRIMARY KEY (customer_id))");
      s.execute(rows.toString());
    }
    try (Statement s = h2.createStatement()) {
      s.execute("CREATE TABLE accounts (customer_id BIGINT, tier VARCHAR(3010))");
      s.execute(rows.toString());
    }
    String sql = "SELECT c.name, SUBSTRING(a.tier FROM 1 FOR 6) FROM crm.customers c JOIN accounts a ON a.customer_id = c.id"
        + " WHERE c.id = 3";
    String plan = explain(sql);
    assertTrue(plan.contains("DynamoLookupJoin") && plan.contains("BATCH_GET"), plan);
    assertTrue(plan.contains("WHERE \"ID\" = ?"), plan);
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
