package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The budget connection properties (maxRowsFetched, maxBytesFetched, maxCostUsd): a plan whose
 * estimate passes one is refused with 54000 before anything is read, naming the access, the
 * estimate and the budget; a statement whose actual rows or bytes pass one is stopped with
 * 54000 and changes nothing; the same properties hold for dynasql's own tables.
 */
class FetchBudgetTest {
  private static int next;
  private Connection h2;
  /** Keeps the in-memory database open between the test's connections. */
  private Connection holder;
  private String h2Url;
  private String db;

  @BeforeEach
  void setUp() throws SQLException {
    int n = ++next;
    h2Url = "jdbc:h2:mem:budget" + n + "_" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
    h2 = DriverManager.getConnection(h2Url, "sa", "");
    try (Statement s = h2.createStatement()) {
      s.execute("CREATE TABLE customers (id INT PRIMARY KEY, name VARCHAR(40))");
      s.execute("INSERT INTO customers SELECT x, 'name' || x FROM SYSTEM_RANGE(1, 40)");
    }
    db = "jdbc:dynasql:mem:budget_" + n;
    holder = DriverManager.getConnection(db);
    try (Statement s = holder.createStatement()) {
      s.execute("CREATE SOURCE crm TYPE JDBC OPTIONS (url '" + h2Url + "', user 'sa', price_per_gb '1000000')");
      s.execute("CREATE TABLE orders (order_id BIGINT, note VARCHAR(20), PRIMARY KEY (order_id))");
      s.execute("INSERT INTO orders (order_id, note) VALUES (1, 'a'), (2, 'b'), (3, 'c'), (4, 'd'), (5, 'e'), (6, 'f')");
    }
  }

  @AfterEach
  void tearDown() throws SQLException {
    holder.close();
    h2.close();
  }

  @Test
  void aPlanEstimatedOverMaxRowsFetchedIsRefusedNamingSourceTableEstimateAndBudget() throws SQLException {
    try (Connection c = DriverManager.getConnection(db + ";maxRowsFetched=30"); Statement s = c.createStatement()) {
      SQLException e = assertThrows(SQLException.class, () -> s.executeQuery("SELECT name FROM crm.customers"));
      assertEquals("54000", e.getSQLState());
      for (String part : new String[] {"source crm", "CUSTOMERS", "est_rows=40", "maxRowsFetched=30"}) {
        assertTrue(e.getMessage().contains(part), e.getMessage());
      }
      // an equality keeps an estimated 0.15 of 40 rows (6): within the budget, so it runs
      assertEquals(1, count(s, "SELECT name FROM crm.customers WHERE id = 7"));
    }
  }

  @Test
  void maxBytesAndMaxCostAreCheckedAtPlanningToo() throws SQLException {
    // 40 rows of id (4 bytes) and name (VARCHAR(40): 20 bytes estimated) are 960 bytes
    try (Connection c = DriverManager.getConnection(db + ";maxBytesFetched=500"); Statement s = c.createStatement()) {
      SQLException e = assertThrows(SQLException.class, () -> s.executeQuery("SELECT id, name FROM crm.customers"));
      assertEquals("54000", e.getSQLState());
      assertTrue(e.getMessage().contains("fetch 960 bytes") && e.getMessage().contains("maxBytesFetched=500"), e.getMessage());
    }
    // 960 bytes at $1,000,000 per GB: $0.96
    try (Connection c = DriverManager.getConnection(db + ";maxCostUsd=0.5"); Statement s = c.createStatement()) {
      SQLException e = assertThrows(SQLException.class, () -> s.executeQuery("SELECT id, name FROM crm.customers"));
      assertEquals("54000", e.getSQLState());
      assertTrue(e.getMessage().contains("cost 0.96 dollars") && e.getMessage().contains("maxCostUsd=0.5"), e.getMessage());
      assertEquals(40, count(s, "SELECT id FROM crm.customers")); // 160 bytes: $0.16
    }
  }

  @Test
  void aStatementFetchingMoreThanItsBudgetIsStoppedAndChangesNothing() throws SQLException {
    try (Connection c = DriverManager.getConnection(db + ";maxRowsFetched=45"); Statement s = c.createStatement()) {
      assertEquals(40, count(s, "SELECT name FROM crm.customers")); // statistics read: 40 rows, within 45
      try (Statement hs = h2.createStatement()) {
        hs.execute("INSERT INTO customers SELECT x, 'name' || x FROM SYSTEM_RANGE(41, 60)");
      }
      // the estimate is still 40 (statistics are read once per table), but 60 rows come
      SQLException e = assertThrows(SQLException.class, () -> count(s, "SELECT name FROM crm.customers"));
      assertEquals("54000", e.getSQLState());
      assertTrue(e.getMessage().contains("fetched 46 rows") && e.getMessage().contains("maxRowsFetched=45")
          && e.getMessage().contains("source crm table CUSTOMERS"), e.getMessage());
      e = assertThrows(SQLException.class, () -> s.executeUpdate(
          "INSERT INTO orders (order_id, note) SELECT id + 100, name FROM crm.customers"));
      assertEquals("54000", e.getSQLState());
      assertEquals(6, count(s, "SELECT order_id FROM orders"));
      assertEquals(10, count(s, "SELECT name FROM crm.customers WHERE id > 50")); // the connection still works
    }
  }

  @Test
  void bytesFetchedAreCheckedWhileReading() throws SQLException {
    try (Connection c = DriverManager.getConnection(db + ";maxBytesFetched=900"); Statement s = c.createStatement()) {
      try (Statement hs = h2.createStatement()) {
        hs.execute("UPDATE customers SET name = 'a much longer name than before: thirty' WHERE id > 0");
      }
      // estimated at 40 rows x 20 bytes, but each name is 39 characters: stopped after 24 rows
      SQLException e = assertThrows(SQLException.class, () -> count(s, "SELECT name FROM crm.customers"));
      assertEquals("54000", e.getSQLState());
      assertTrue(e.getMessage().contains("maxBytesFetched=900"), e.getMessage());
    }
  }

  @Test
  void theBudgetHoldsForDynasqlTablesByTheirEstimates() throws SQLException {
    try (Connection c = DriverManager.getConnection(db + ";maxRowsFetched=4"); Statement s = c.createStatement()) {
      SQLException e = assertThrows(SQLException.class, () -> s.executeQuery("SELECT note FROM orders"));
      assertEquals("54000", e.getSQLState());
      assertTrue(e.getMessage().contains("table orders (SCAN) est_rows=6") && e.getMessage().contains("maxRowsFetched=4"),
          e.getMessage());
      assertEquals(1, count(s, "SELECT note FROM orders WHERE order_id = 3")); // a GET reads one item
    }
  }

  @Test
  void aDynasqlTableReadPastTheBudgetIsStoppedToo() throws SQLException {
    try (Connection c = DriverManager.getConnection(db + ";maxRowsFetched=8");
        java.sql.PreparedStatement ps = c.prepareStatement("SELECT note FROM orders")) {
      assertEquals(6, rows(ps)); // planned when prepared, at 6 items estimated
      try (Statement other = holder.createStatement()) {
        other.execute("INSERT INTO orders (order_id, note) VALUES (7, 'g'), (8, 'h'), (9, 'i'), (10, 'j')");
      }
      // the prepared plan is not estimated again; its SCAN reads 10 items, past the budget of 8
      SQLException e = assertThrows(SQLException.class, () -> rows(ps));
      assertEquals("54000", e.getSQLState());
      assertTrue(e.getMessage().contains("fetched 10 rows, over the budget maxRowsFetched=8 (the last from table orders)"),
          e.getMessage());
    }
  }

  private static int rows(java.sql.PreparedStatement ps) throws SQLException {
    int n = 0;
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) n++;
    }
    return n;
  }

  @Test
  void aJoinByKeyCountsEveryLookupNotOne() throws SQLException {
    try (Statement s = holder.createStatement()) {
      s.execute("CREATE TABLE visits (visit_id BIGINT, order_id BIGINT, PRIMARY KEY (visit_id))");
      s.execute("INSERT INTO visits (visit_id, order_id) VALUES (1, 1), (2, 2), (3, 3), (4, 4), (5, 5)");
    }
    String join = "SELECT v.visit_id, o.note FROM visits v JOIN orders o ON o.order_id = v.order_id WHERE v.visit_id IN (1, 2)";
    try (Connection c = DriverManager.getConnection(db + ";maxRowsFetched=3"); Statement s = c.createStatement()) {
      SQLException e = assertThrows(SQLException.class, () -> s.executeQuery(join));
      assertEquals("54000", e.getSQLState());
      // the lookups on orders are counted for every key of visits (estimated from their distinct keys), not as one GET
      assertTrue(e.getMessage().contains("fetch 4 rows") && e.getMessage().contains("table orders (lookup join, est_calls=1) est_rows=2")
          && e.getMessage().contains("table visits (BATCH_GET) est_rows=2"), e.getMessage());
    }
    try (Connection c = DriverManager.getConnection(db + ";maxRowsFetched=4"); Statement s = c.createStatement()) {
      assertEquals(2, count(s, join));
    }
  }

  @Test
  void aBadBudgetValueIsRefusedWhenConnecting() {
    for (String bad : new String[] {"maxRowsFetched=-1", "maxBytesFetched=lots", "maxCostUsd=-0.1"}) {
      SQLException e = assertThrows(SQLException.class, () -> DriverManager.getConnection(db + ";" + bad).close());
      assertEquals("08001", e.getSQLState(), bad);
      assertTrue(e.getMessage().contains(bad.substring(0, bad.indexOf('='))), e.getMessage());
    }
  }

  private static int count(Statement s, String sql) throws SQLException {
    int n = 0;
    try (ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) n++;
    }
    return n;
  }
}
