package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.vorburger.exec.ManagedProcessException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A MariaDB source (an embedded server started once per JVM, {@link SharedMariaDb}): the same
 * behaviours as for H2 and PostgreSQL — filters split, projections and LIMIT sent, ORDER BY and
 * text comparisons kept in dynasql (MariaDB has no NULLS FIRST and compares text ignoring case),
 * labels, and a join with a dynasql table answered as MariaDB answers it.
 */
class FederatedMariaDbSourceTest {
  private static String url;
  private static Connection maria;
  private static Connection conn;

  @BeforeAll
  static void start() throws ManagedProcessException, SQLException {
    url = SharedMariaDb.url("crm");
    maria = DriverManager.getConnection(url);
    try (Statement s = maria.createStatement()) {
      s.execute("DROP TABLE IF EXISTS customers");
      s.execute("DROP TABLE IF EXISTS orders");
      s.execute("CREATE TABLE customers (id INT PRIMARY KEY, name VARCHAR(40), city VARCHAR(40), balance DECIMAL(10,2))");
      s.execute("INSERT INTO customers VALUES (1, 'Ada', 'London', 10.50), (2, 'Brian', 'Paris', 0), (3, 'Chen', 'London', 99.99),"
          + " (4, 'Dana', NULL, 5.25), (5, 'Eve', 'Berlin', 42.00)");
      s.execute("CREATE TABLE orders (order_id BIGINT, customer_id BIGINT, amount DECIMAL(10,2))");
      s.execute("INSERT INTO orders VALUES (10, 1, 5), (11, 3, 7.5), (12, 3, 1), (13, 9, 2)");
    }
    conn = DriverManager.getConnection("jdbc:dynasql:mem:fedmaria");
    try (Statement s = conn.createStatement()) {
      s.execute("CREATE SOURCE crm TYPE JDBC OPTIONS (url '" + url + "', pool_size '2')");
      s.execute("CREATE TABLE orders (order_id BIGINT, customer_id BIGINT, amount DECIMAL(10,2), PRIMARY KEY (order_id))");
      s.execute("INSERT INTO orders (order_id, customer_id, amount) VALUES (10, 1, 5), (11, 3, 7.5), (12, 3, 1), (13, 9, 2)");
    }
  }

  @AfterAll
  static void close() throws SQLException {
    conn.close();
    maria.close();
  }

  @Test
  void numberFiltersAndTheLimitAreSentOrderAndTextComparisonsStay() throws SQLException {
    String sql = "SELECT name FROM crm.customers WHERE id > 1 AND balance >= 5 AND city = 'London' ORDER BY balance DESC LIMIT 2";
    String plan = explain(sql);
    assertTrue(plan.contains("sql=[SELECT `name`, `city`, `balance` FROM `customers` WHERE `id` > ? AND `balance` >= ?]"), plan);
    // https://mariadb.com/kb/en/setting-character-sets-and-collations/ : the default collation ignores case,
    // so city = 'London' would also match 'LONDON' there; dynasql compares it
    assertFalse(plan.contains("`city` = ?"), plan);
    assertEquals(List.of("Chen"), column(sql));
    String limited = explain("SELECT id, name FROM crm.customers WHERE id <= 4 LIMIT 2");
    assertTrue(limited.contains("WHERE `id` <= ? LIMIT ?]"), limited);
    assertEquals(2, column("SELECT id, name FROM crm.customers WHERE id <= 4 LIMIT 2").size());
  }

  @Test
  void textEqualityIsExactAsInDynasql() throws SQLException {
    assertEquals(List.of(), column("SELECT name FROM crm.customers WHERE city = 'LONDON'"));
    assertEquals(List.of("Ada", "Chen"), column("SELECT name FROM crm.customers WHERE city = 'London' ORDER BY name"));
  }

  @Test
  void inListsAndNullTestsGoToTheSource() throws SQLException {
    String sql = "SELECT name FROM crm.customers WHERE id IN (1, 4, 5) AND city IS NOT NULL ORDER BY name";
    assertTrue(explain(sql).contains("`city` IS NOT NULL"), explain(sql));
    assertEquals(List.of("Ada", "Eve"), column(sql));
  }

  @Test
  void everyAccessIsLabelled() throws SQLException {
    String sql = "SELECT name FROM crm.customers WHERE id = 3";
    assertEquals(List.of("Chen"), column(sql));
    try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery(
        "SELECT source, remote_sql, items_returned, round_trips, table_name FROM sys.access_log"
            + " WHERE access = 'REMOTE_SQL' AND \"sql\" = '" + sql + "'")) {
      assertTrue(rs.next());
      assertEquals("crm", rs.getString(1));
      assertEquals("SELECT `name` FROM `customers` WHERE `id` = ?", rs.getString(2));
      assertEquals(1, rs.getLong(3));
      assertEquals(1, rs.getLong(4));
      assertEquals("crm.customers", rs.getString(5));
    }
  }

  @Test
  void aJoinWithADynasqlTableAnswersAsMariaDbAnswersTheSameJoin() throws SQLException {
    String join = "SELECT c.name, SUM(o.amount) AS total FROM %s o JOIN %s c ON c.id = o.customer_id"
        + " WHERE c.city = 'London' GROUP BY c.name ORDER BY c.name";
    List<String> ours = FederatedH2SourceTest.rows(conn, String.format(join, "orders", "crm.customers"));
    assertEquals(FederatedH2SourceTest.rows(maria, String.format(join, "orders", "customers")), ours);
    assertEquals(List.of("Ada|5", "Chen|8.5"), ours);
  }

  private static String explain(String sql) throws SQLException {
    StringBuilder b = new StringBuilder();
    try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("EXPLAIN PLAN FOR " + sql)) {
      while (rs.next()) b.append(rs.getString(1)).append('\n');
    }
    return b.toString();
  }

  private static List<String> column(String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) out.add(rs.getString(1));
    }
    return out;
  }
}
