package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A relational source (H2 in memory, started here) declared with CREATE SOURCE and queried
 * through dynasql: what is pushed into the remote statement, what stays local, the label of
 * each access, and a join with a dynasql table answered as H2 answers the same join.
 */
class FederatedH2SourceTest {
  private static int next;
  private Connection h2;
  private Connection conn;
  private String h2Url;

  @BeforeEach
  void setUp() throws SQLException {
    int n = ++next;
    h2Url = "jdbc:h2:mem:crm" + n + "_" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
    h2 = DriverManager.getConnection(h2Url, "sa", "");
    try (Statement s = h2.createStatement()) {
      s.execute("CREATE TABLE customers (id INT PRIMARY KEY, name VARCHAR(40), city VARCHAR(40), balance DECIMAL(10,2))");
      s.execute("INSERT INTO customers VALUES (1, 'Ada', 'London', 10.50), (2, 'Brian', 'Paris', 0), (3, 'Chen', 'London', 99.99),"
          + " (4, 'Dana', NULL, 5.25), (5, 'Eve', 'Berlin', 42.00)");
    }
    conn = DriverManager.getConnection("jdbc:dynasql:mem:fedh2_" + n);
    try (Statement s = conn.createStatement()) {
      s.execute("CREATE SOURCE crm TYPE JDBC OPTIONS (url '" + h2Url + "', user 'sa', pool_size '2')");
    }
  }

  @AfterEach
  void tearDown() throws SQLException {
    conn.close();
    h2.close();
  }

  @Test
  void filtersAreSplitProjectionAndOrderAndLimitArePushed() throws SQLException {
    String sql = "SELECT name FROM crm.customers WHERE id > 1 AND city = 'London' AND UPPER(name) LIKE 'C%'"
        + " ORDER BY balance DESC LIMIT 2";
    String plan = explain(sql);
    assertTrue(plan.contains("SELECT \"NAME\", \"BALANCE\" FROM \"PUBLIC\".\"CUSTOMERS\" WHERE \"ID\" > ? AND \"CITY\" = ?"), plan);
    // the LIKE on UPPER(name) cannot be sent, so the sort and limit above it stay local too
    assertTrue(plan.contains("LIKE"), plan);
    assertEquals(List.of("Chen"), column(sql));
    String pushed = explain("SELECT id FROM crm.customers WHERE balance >= 5 ORDER BY balance DESC LIMIT 2");
    assertTrue(pushed.contains("ORDER BY \"BALANCE\" DESC NULLS FIRST LIMIT ?"), pushed);
    assertEquals(List.of("3", "5"), column("SELECT id FROM crm.customers WHERE balance >= 5 ORDER BY balance DESC LIMIT 2"));
  }

  @Test
  void aLiteralThatNoColumnValueEqualsIsNotSentAsAnotherValue() throws SQLException {
    // https://www.h2database.com/html/datatypes.html : INTEGER holds whole numbers, so id = 1.5 matches nothing
    String plan = explain("SELECT name FROM crm.customers WHERE id = 1.5");
    assertFalse(plan.contains("\"ID\" = ?"), plan);
    assertEquals(List.of(), column("SELECT name FROM crm.customers WHERE id = 1.5"));
  }

  @Test
  void inListsAndNullTestsGoToTheSource() throws SQLException {
    String sql = "SELECT name FROM crm.customers WHERE id IN (1, 4, 5) AND city IS NOT NULL ORDER BY name";
    assertTrue(explain(sql).contains("\"CITY\" IS NOT NULL"), explain(sql));
    assertEquals(List.of("Ada", "Eve"), column(sql));
  }

  @Test
  void everyAccessIsLabelledInTheAccessLog() throws SQLException {
    column("SELECT name FROM crm.customers WHERE id = 3");
    try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery(
        "SELECT access, source, remote_sql, items_returned, round_trips, cost_usd, table_name FROM sys.access_log"
            + " WHERE access = 'REMOTE_SQL'")) {
      assertTrue(rs.next());
      assertEquals("crm", rs.getString("source"));
      assertEquals("SELECT \"NAME\" FROM \"PUBLIC\".\"CUSTOMERS\" WHERE \"ID\" = ?", rs.getString("remote_sql"));
      assertEquals(1, rs.getLong("items_returned"));
      assertEquals(1, rs.getLong("round_trips"));
      assertEquals(0.0, rs.getDouble("cost_usd"));
      assertEquals("crm.PUBLIC.CUSTOMERS", rs.getString("table_name"));
    }
  }

  @Test
  void theStatementsAccessLineNamesTheSourceAndItsStatement() throws SQLException {
    try (Statement s = conn.createStatement()) {
      try (ResultSet rs = s.executeQuery("SELECT name FROM crm.customers WHERE city = 'London'")) {
        while (rs.next()) {
          assertTrue(rs.getString(1) != null);
        }
      }
      List<AccessLine> lines = s.unwrap(DynasqlStatement.class).accessLines();
      assertEquals(1, lines.size());
      String line = lines.get(0).toString();
      assertTrue(line.startsWith("access=REMOTE_SQL source=crm table=crm.PUBLIC.CUSTOMERS rows=2 bytes="), line);
      assertTrue(line.contains(" round_trips=1 ms="), line);
      assertTrue(line.endsWith("cost_usd=unpriced remote_sql=\"SELECT \"NAME\" FROM \"PUBLIC\".\"CUSTOMERS\" WHERE \"CITY\" = ?\""), line);
    }
  }

  @Test
  void aParameterIsBoundToTheRemotePlaceholder() throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("SELECT name FROM crm.customers WHERE id = ?")) {
      ps.setInt(1, 5);
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next());
        assertEquals("Eve", rs.getString(1));
        assertFalse(rs.next());
      }
      ps.setInt(1, 2);
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next());
        assertEquals("Brian", rs.getString(1));
      }
    }
  }

  @Test
  void aJoinWithADynasqlTableAnswersAsTheSourceAnswersTheSameJoin() throws SQLException {
    try (Statement s = conn.createStatement()) {
      s.execute("CREATE TABLE orders (order_id BIGINT, customer_id BIGINT, amount DECIMAL(10,2), PRIMARY KEY (order_id))");
      s.execute("INSERT INTO orders (order_id, customer_id, amount) VALUES (10, 1, 5), (11, 3, 7.5), (12, 3, 1), (13, 9, 2)");
    }
    try (Statement s = h2.createStatement()) {
      s.execute("CREATE TABLE orders (order_id BIGINT, customer_id BIGINT, amount DECIMAL(10,2))");
      s.execute("INSERT INTO orders VALUES (10, 1, 5), (11, 3, 7.5), (12, 3, 1), (13, 9, 2)");
    }
    String join = "SELECT c.name, SUM(o.amount) AS total FROM %s o JOIN %s c ON c.id = o.customer_id"
        + " WHERE c.city = 'London' GROUP BY c.name ORDER BY c.name";
    List<String> ours = rows(conn, String.format(join, "orders", "crm.customers"));
    List<String> theirs = rows(h2, String.format(join, "orders", "customers"));
    assertEquals(theirs, ours);
    assertEquals(2, ours.size());
  }

  @Test
  void aDroppedSourceIsGoneAndAnAlteredOneReconnects() throws SQLException {
    try (Statement s = conn.createStatement()) {
      s.execute("ALTER SOURCE crm SET OPTIONS (pool_size '3')");
      assertEquals(List.of("5"), column("SELECT COUNT(*) FROM crm.customers"));
      s.execute("DROP SOURCE crm");
      SQLException e = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class,
          () -> s.executeQuery("SELECT * FROM crm.customers"));
      assertTrue(e.getMessage().contains("crm"), e.getMessage());
    }
  }

  @Test
  void databaseMetaDataListsTheSourcesTablesColumnsAndKeys() throws SQLException {
    java.sql.DatabaseMetaData md = conn.getMetaData();
    try (ResultSet rs = md.getTables(null, "crm", "%", null)) {
      assertTrue(rs.next());
      assertEquals(null, rs.getString("TABLE_CAT"));
      assertEquals("crm", rs.getString("TABLE_SCHEM")); // H2's only user schema: reached as crm.CUSTOMERS
      assertEquals("CUSTOMERS", rs.getString("TABLE_NAME"));
      assertEquals("TABLE", rs.getString("TABLE_TYPE"));
      assertFalse(rs.next());
    }
    List<String> columns = new ArrayList<>();
    try (ResultSet rs = md.getColumns(null, "crm", "CUSTOMERS", "%")) {
      while (rs.next()) columns.add(rs.getString("COLUMN_NAME") + ":" + rs.getInt("DATA_TYPE") + ":" + rs.getString("IS_NULLABLE"));
    }
    assertEquals(List.of("ID:4:NO", "NAME:12:YES", "CITY:12:YES", "BALANCE:3:YES"), columns);
    try (ResultSet rs = md.getPrimaryKeys(null, "crm", "CUSTOMERS")) {
      assertTrue(rs.next());
      assertEquals("ID", rs.getString("COLUMN_NAME"));
      assertEquals(1, rs.getShort("KEY_SEQ"));
      assertFalse(rs.next());
    }
    List<String> schemas = new ArrayList<>();
    try (ResultSet rs = md.getSchemas()) {
      while (rs.next()) schemas.add(rs.getString("TABLE_SCHEM"));
    }
    assertTrue(schemas.contains("crm") && schemas.contains("dynasql"), schemas.toString());
  }

  private String explain(String sql) throws SQLException {
    StringBuilder b = new StringBuilder();
    try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("EXPLAIN PLAN FOR " + sql)) {
      while (rs.next()) b.append(rs.getString(1)).append('\n');
    }
    return b.toString();
  }

  private List<String> column(String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) out.add(rs.getString(1));
    }
    return out;
  }

  static List<String> rows(Connection c, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= n; i++) b.append(i > 1 ? "|" : "").append(rs.getObject(i) instanceof java.math.BigDecimal d
            ? d.stripTrailingZeros().toPlainString() : String.valueOf(rs.getObject(i)));
        out.add(b.toString());
      }
    }
    return out;
  }
}
