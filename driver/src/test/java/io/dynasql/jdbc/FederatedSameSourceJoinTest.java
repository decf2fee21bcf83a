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
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Joins of two tables of one H2 source sent as one statement: each shape is checked in EXPLAIN
 * and answered as H2 answers the same join.
 */
class FederatedSameSourceJoinTest {
  private static Connection h2;
  private static Connection conn;

  @BeforeAll
  static void setUp() throws SQLException {
    String url = "jdbc:h2:mem:samejoin_" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
    h2 = DriverManager.getConnection(url, "sa", "");
    try (Statement s = h2.createStatement()) {
      s.execute("CREATE TABLE customers (id INT PRIMARY KEY, name VARCHAR(40), city VARCHAR(40), balance DECIMAL(10,2))");
      s.execute("INSERT INTO customers VALUES (1, 'Ada', 'London', 10.50), (2, 'Brian', 'Paris', 0), (3, 'Chen', 'London', 99.99),"
          + " (4, 'Dana', NULL, 5.25)");
      s.execute("CREATE TABLE orders (order_id BIGINT PRIMARY KEY, customer_id BIGINT, city VARCHAR(40), amount DECIMAL(10,2))");
      s.execute("INSERT INTO orders VALUES (10, 1, 'London', 5), (11, 3, 'Paris', 7.5), (12, 3, 'London', 120), (13, 9, NULL, 2),"
          + " (14, NULL, 'Paris', 4)");
      // two larger tables over the same two cities, where a join on city returns far more than both
      s.execute("CREATE TABLE visits (visit_id INT PRIMARY KEY, city VARCHAR(40))");
      s.execute("INSERT INTO visits SELECT x, CASE MOD(x, 2) WHEN 0 THEN 'London' ELSE 'Paris' END FROM SYSTEM_RANGE(1, 30)");
      s.execute("CREATE TABLE stores (store_id INT PRIMARY KEY, city VARCHAR(40))");
      s.execute("INSERT INTO stores SELECT x, CASE MOD(x, 2) WHEN 0 THEN 'London' ELSE 'Paris' END FROM SYSTEM_RANGE(1, 20)");
    }
    conn = DriverManager.getConnection("jdbc:dynasql:mem:samejoin");
    try (Statement s = conn.createStatement()) {
      s.execute("CREATE SOURCE crm TYPE JDBC OPTIONS (url '" + url + "', user 'sa', pool_size '2')");
    }
  }

  @AfterAll
  static void tearDown() throws SQLException {
    conn.close();
    h2.close();
  }

  @Test
  void anInnerJoinWithConditionsOnBothSidesIsOneStatement() throws SQLException {
    String sql = "SELECT c.name, o.order_id, o.amount FROM crm.orders o JOIN crm.customers c ON c.id = o.customer_id"
        + " WHERE c.city = 'London' AND o.amount > 1";
    String plan = explain(sql);
    assertTrue(plan.contains("RemoteJoinScan(joinType=[inner], access=[REMOTE_SQL], source=[crm]"), plan);
    assertTrue(plan.contains(" JOIN (SELECT "), plan);
    assertFalse(plan.contains("RemoteEnumerableScan"), plan);
    assertSame(sql);
    try (Statement s = conn.createStatement()) {
      try (ResultSet rs = s.executeQuery(sql)) {
        while (rs.next()) assertTrue(rs.getString(1) != null);
      }
      List<AccessLine> lines = s.unwrap(DynasqlStatement.class).accessLines();
      assertEquals(1, lines.size(), lines.toString());
      assertTrue(lines.get(0).toString().contains(" rows=3 "), lines.toString());
    }
  }

  @Test
  void aLeftJoinKeepsTheRightSidesConditionsBeforeTheJoin() throws SQLException {
    String sql = "SELECT o.order_id, c.name FROM crm.orders o LEFT JOIN crm.customers c ON c.id = o.customer_id AND c.balance > 50";
    String plan = explain(sql);
    assertTrue(plan.contains("RemoteJoinScan(joinType=[left]"), plan);
    assertSame(sql);
    assertEquals(5, FederatedH2SourceTest.rows(conn, sql).size());
  }

  @Test
  void conditionsBetweenTheSidesStayHereAboveTheJoin() throws SQLException {
    String sql = "SELECT c.name, o.order_id FROM crm.customers c JOIN crm.orders o ON o.customer_id = c.id AND o.amount > c.balance";
    String plan = explain(sql);
    assertTrue(plan.contains("RemoteJoinScan") && plan.contains("ON l.\"ID\" = r.\"CUSTOMER_ID\""), plan);
    assertTrue(plan.contains(">("), plan);
    assertSame(sql);
  }

  /**
   * 30 and 20 rows by H2's statistics: Calcite expects 0.15 of the 600 pairs, 90 rows, above the 50
   * of both sides (and H2 returns 300), so both are read and joined here.
   */
  @Test
  void aJoinOnColumnsThatAreNoKeyIsExpectedToReturnMoreThanBothSidesAndStaysHere() throws SQLException {
    String sql = "SELECT v.visit_id, s.store_id FROM crm.visits v JOIN crm.stores s ON s.city = v.city";
    String plan = explain(sql);
    assertFalse(plan.contains("RemoteJoinScan"), plan);
    assertTrue(plan.contains("FROM \"PUBLIC\".\"VISITS\"], est_rows=[30]"), plan);
    assertTrue(plan.contains("FROM \"PUBLIC\".\"STORES\"], est_rows=[20]"), plan);
    assertSame(sql);
    assertEquals(300, FederatedH2SourceTest.rows(conn, sql).size());
  }

  /**
   * 4 customers and 5 orders: 0.15 of the 20 pairs is 3 rows, below the 9 of both sides (H2
   * returns 6), so even a join on columns that are no key is one statement.
   */
  @Test
  void aJoinOnColumnsThatAreNoKeyOfSmallTablesIsExpectedToReturnFewerThanBothSidesAndIsSent() throws SQLException {
    String sql = "SELECT c.name, o.order_id FROM crm.customers c JOIN crm.orders o ON o.city = c.city";
    String plan = explain(sql);
    assertTrue(plan.contains("RemoteJoinScan(joinType=[inner]") && plan.contains("ON l.\"CITY\" = r.\"CITY\""), plan);
    assertSame(sql);
    assertEquals(6, FederatedH2SourceTest.rows(conn, sql).size());
  }

  private static void assertSame(String sql) throws SQLException {
    List<String> expected = sorted(FederatedH2SourceTest.rows(h2, sql.replace("crm.", "")));
    assertEquals(expected, sorted(FederatedH2SourceTest.rows(conn, sql)));
    assertFalse(expected.isEmpty());
  }

  private static List<String> sorted(List<String> rows) {
    List<String> out = new ArrayList<>(rows);
    Collections.sort(out);
    return out;
  }

  private static String explain(String sql) throws SQLException {
    return String.join("\n", FederatedH2SourceTest.rows(conn, "EXPLAIN PLAN FOR " + sql));
  }
}
