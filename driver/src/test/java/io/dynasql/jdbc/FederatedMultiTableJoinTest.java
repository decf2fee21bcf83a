package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Joins of three and four tables of one source sent as one statement, and a GROUP BY over a join
 * of one source sent with it, on H2 and on PostgreSQL: each checked in EXPLAIN, by its one
 * REMOTE_SQL label, and against the source answering the same query with the tables inside it.
 */
class FederatedMultiTableJoinTest {
  private static final List<String> TABLES = List.of(
      "CREATE TABLE mt_customers (id INT PRIMARY KEY, name VARCHAR(40), city VARCHAR(40), region_id INT)",
      "INSERT INTO mt_customers VALUES (1, 'Ada', 'London', 1), (2, 'Brian', 'Paris', 2), (3, 'Chen', 'London', 1),"
          + " (4, 'Dana', NULL, NULL)",
      "CREATE TABLE mt_regions (id INT PRIMARY KEY, name VARCHAR(40))",
      "INSERT INTO mt_regions VALUES (1, 'UK'), (2, 'FR')",
      "CREATE TABLE mt_products (id INT PRIMARY KEY, title VARCHAR(40), price DECIMAL(10,2))",
      products(),
      "CREATE TABLE mt_orders (order_id BIGINT PRIMARY KEY, customer_id INT, product_id INT, amount DECIMAL(10,2))",
      "INSERT INTO mt_orders VALUES (10, 1, 5, 5), (11, 3, 7, 7.5), (12, 3, 5, 120), (13, 9, 1, 2), (14, NULL, 2, 4),"
          + " (15, 2, 40, 1), (16, 1, NULL, 3)");
  private static Connection h2;
  private static Connection pg;
  private static Connection conn;

  @BeforeAll
  static void setUp() throws Exception {
    String url = "jdbc:h2:mem:multijoin_" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
    h2 = DriverManager.getConnection(url, "sa", "");
    pg = SharedPostgres.get().getPostgresDatabase().getConnection();
    for (Connection c : List.of(h2, pg)) {
      try (Statement s = c.createStatement()) {
        for (String t : List.of("mt_orders", "mt_products", "mt_regions", "mt_customers")) s.execute("DROP TABLE IF EXISTS " + t);
        for (String sql : TABLES) s.execute(sql);
      }
    }
    try (Statement s = pg.createStatement()) {
      // https://www.postgresql.org/docs/current/sql-analyze.html : the row counts the planner (and dynasql's estimate) reads
      s.execute("ANALYZE mt_orders, mt_customers, mt_regions, mt_products");
    }
    conn = DriverManager.getConnection("jdbc:dynasql:mem:multijoin");
    try (Statement s = conn.createStatement()) {
      s.execute("CREATE SOURCE crm TYPE JDBC OPTIONS (url '" + url + "', user 'sa', pool_size '2')");
      s.execute("CREATE SOURCE pg TYPE JDBC OPTIONS (url '" + SharedPostgres.get().getJdbcUrl("postgres", "postgres")
          + "', pool_size '2')");
    }
  }

  @AfterAll
  static void tearDown() throws SQLException {
    conn.close();
    pg.close();
    h2.close();
  }

  private static String products() {
    StringBuilder b = new StringBuilder("INSERT INTO mt_products VALUES ");
    for (int i = 1; i <= 40; i++) b.append(i > 1 ? ", " : "").append('(').append(i).append(", 'p").append(i).append("', ").append(i * 1.5).append(')');
    return b.toString();
  }

  @Test
  void threeTablesAreOneStatement() throws SQLException {
    String sql = "SELECT c.name, o.order_id, p.title FROM S.mt_orders o JOIN S.mt_customers c ON c.id = o.customer_id"
        + " JOIN S.mt_products p ON p.id = o.product_id WHERE c.city = 'London' AND p.price > 2";
    for (String source : List.of("crm", "pg.public")) {
      String q = sql.replace("S.", source + ".");
      assertOneStatement(explain(q), 2);
      assertSame(q);
      assertEquals(1, remoteLines(q).size());
    }
  }

  @Test
  void fourTablesWithALeftJoinAreOneStatement() throws SQLException {
    String sql = "SELECT o.order_id, c.name, r.name, p.title FROM S.mt_orders o JOIN S.mt_customers c ON c.id = o.customer_id"
        + " JOIN S.mt_products p ON p.id = o.product_id LEFT JOIN S.mt_regions r ON r.id = c.region_id";
    for (String source : List.of("crm", "pg.public")) {
      String q = sql.replace("S.", source + ".");
      assertOneStatement(explain(q), 3);
      assertSame(q);
    }
  }

  @Test
  void aGroupByOverAJoinIsOneStatement() throws SQLException {
    String sql = "SELECT c.city, COUNT(*), SUM(o.amount), MAX(o.order_id) FROM S.mt_orders o JOIN S.mt_customers c"
        + " ON c.id = o.customer_id GROUP BY c.city";
    for (String source : List.of("crm", "pg.public")) {
      String q = sql.replace("S.", source + ".");
      String plan = explain(q);
      assertTrue(plan.contains("RemoteJoinGroupScan(access=[REMOTE_SQL], source=[" + source.replace(".public", "") + "]"), plan);
      assertTrue(plan.contains(") j GROUP BY c"), plan);
      assertFalse(plan.contains("Aggregate("), plan);
      assertSame(q);
      List<String> lines = remoteLines(q);
      assertEquals(1, lines.size(), lines.toString());
      assertTrue(lines.get(0).contains(" rows=2 "), lines.toString()); // London and Paris: the groups, not the 5 joined rows
    }
  }

  @Test
  void aGroupByOverThreeTablesIsOneStatement() throws SQLException {
    String sql = "SELECT r.name, COUNT(*), SUM(o.amount) FROM S.mt_orders o JOIN S.mt_customers c ON c.id = o.customer_id"
        + " JOIN S.mt_regions r ON r.id = c.region_id GROUP BY r.name";
    for (String source : List.of("crm", "pg.public")) {
      String q = sql.replace("S.", source + ".");
      String plan = explain(q);
      assertTrue(plan.contains("RemoteJoinGroupScan"), plan);
      assertFalse(plan.contains("Aggregate("), plan);
      assertSame(q);
    }
  }

  private static void assertOneStatement(String plan, int joins) {
    assertTrue(plan.contains("RemoteJoinScan("), plan);
    assertEquals(joins, plan.split(" JOIN \\(", -1).length - 1, plan);
    assertFalse(plan.contains("RemoteEnumerableScan"), plan);
    assertFalse(plan.contains("EnumerableHashJoin") || plan.contains("EnumerableNestedLoopJoin"), plan);
  }

  private static List<String> remoteLines(String sql) throws SQLException {
    try (Statement s = conn.createStatement()) {
      try (java.sql.ResultSet rs = s.executeQuery(sql)) {
        while (rs.next()) assertTrue(rs.getMetaData().getColumnCount() > 0);
      }
      return s.unwrap(DynasqlStatement.class).accessLines().stream().map(Object::toString).toList();
    }
  }

  /** The same rows as the source gives for the query with its tables named there. */
  private static void assertSame(String sql) throws SQLException {
    Connection source = sql.contains("pg.public.") ? pg : h2;
    List<String> expected = sorted(FederatedH2SourceTest.rows(source, sql.replace("crm.", "").replace("pg.public.", "")));
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
