package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A source's price model (price_per_gb, price_per_second): the REMOTE_SQL line and
 * sys.access_log carry the price of the bytes fetched and the time taken; ALTER SOURCE changes
 * it; a bad price is refused with 22023 and changes nothing. Also the row estimate EXPLAIN shows,
 * read from H2's own statistics.
 */
class SourcePriceTest {
  private static int next;
  private Connection h2;
  private Connection conn;
  private String h2Url;

  @BeforeEach
  void setUp() throws SQLException {
    int n = ++next;
    h2Url = "jdbc:h2:mem:price" + n + "_" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
    h2 = DriverManager.getConnection(h2Url, "sa", "");
    try (Statement s = h2.createStatement()) {
      s.execute("CREATE TABLE customers (id INT PRIMARY KEY, name VARCHAR(40), city VARCHAR(40))");
      s.execute("INSERT INTO customers SELECT x, 'name' || x, CASE WHEN MOD(x, 2) = 0 THEN 'London' ELSE 'Paris' END"
          + " FROM SYSTEM_RANGE(1, 40)");
    }
    conn = DriverManager.getConnection("jdbc:dynasql:mem:srcprice_" + n);
  }

  @AfterEach
  void tearDown() throws SQLException {
    conn.close();
    h2.close();
  }

  @Test
  void aPricedSourcesAccessCostsItsBytesAtItsPricePerGb() throws SQLException {
    try (Statement s = conn.createStatement()) {
      s.execute("CREATE SOURCE crm TYPE JDBC OPTIONS (url '" + h2Url + "', user 'sa', price_per_gb '5000')");
      AccessLine line = run(s, "SELECT name FROM crm.customers WHERE city = 'London'");
      long bytes = line.record().bytesRead();
      assertTrue(bytes > 0, line.toString());
      assertEquals(bytes / 1e9 * 5000, line.costUsd(), 1e-12);
      assertTrue(line.toString().contains(" cost_usd=0.0"), line.toString());
      try (ResultSet rs = s.executeQuery("SELECT cost_usd, bytes_fetched FROM sys.access_log WHERE access = 'REMOTE_SQL'")) {
        assertTrue(rs.next());
        assertEquals(rs.getLong("bytes_fetched") / 1e9 * 5000, rs.getDouble("cost_usd"), 1e-12);
      }
      s.execute("ALTER SOURCE crm SET OPTIONS (price_per_gb '10000')");
      AccessLine again = run(s, "SELECT name FROM crm.customers WHERE city = 'London'");
      assertEquals(again.record().bytesRead() / 1e9 * 10000, again.costUsd(), 1e-12);
    }
  }

  @Test
  void aPricePerSecondCostsTheAccessesElapsedTime() throws SQLException {
    try (Statement s = conn.createStatement()) {
      s.execute("CREATE SOURCE crm TYPE JDBC OPTIONS (url '" + h2Url + "', user 'sa', price_per_second '3.6')");
      AccessLine line = run(s, "SELECT name FROM crm.customers");
      assertEquals(line.record().remote().millis() / 1000.0 * 3.6, line.costUsd(), 1e-12);
      assertTrue(line.record().remote().priced());
    }
  }

  @Test
  void aSourceWithoutPricesIsUnpricedNotFree() throws SQLException {
    try (Statement s = conn.createStatement()) {
      s.execute("CREATE SOURCE crm TYPE JDBC OPTIONS (url '" + h2Url + "', user 'sa')");
      AccessLine line = run(s, "SELECT name FROM crm.customers");
      assertTrue(line.toString().contains("cost_usd=unpriced"), line.toString());
      assertTrue(explain(s, "SELECT name FROM crm.customers").contains("est_usd=[unpriced]"));
    }
  }

  @Test
  void aNegativeOrNonNumberPriceIsRefusedAndNothingChanges() throws SQLException {
    try (Statement s = conn.createStatement()) {
      for (String bad : List.of("price_per_gb '-1'", "price_per_gb 'cheap'", "price_per_second 'NaN'", "price_per_second 'Infinity'")) {
        SQLException e = assertThrows(SQLException.class,
            () -> s.execute("CREATE SOURCE crm TYPE JDBC OPTIONS (url '" + h2Url + "', " + bad + ")"));
        assertEquals("22023", e.getSQLState(), bad);
        assertTrue(e.getMessage().contains(bad.substring(0, bad.indexOf(' '))) && e.getMessage().contains("crm"), e.getMessage());
      }
      s.execute("CREATE SOURCE crm TYPE JDBC OPTIONS (url '" + h2Url + "', user 'sa', price_per_gb '1')");
      SQLException e = assertThrows(SQLException.class, () -> s.execute("ALTER SOURCE crm SET OPTIONS (price_per_gb '-0.5')"));
      assertEquals("22023", e.getSQLState());
      AccessLine line = run(s, "SELECT name FROM crm.customers");
      assertEquals(line.record().bytesRead() / 1e9, line.costUsd(), 1e-12); // still the old price
    }
  }

  @Test
  void explainShowsTheRowsTheSourcesStatisticsGiveAndTheFilterSelectivity() throws SQLException {
    try (Statement s = conn.createStatement()) {
      s.execute("CREATE SOURCE crm TYPE JDBC OPTIONS (url '" + h2Url + "', user 'sa', price_per_gb '1000')");
      // H2 keeps the table's row count (INFORMATION_SCHEMA.TABLES.ROW_COUNT_ESTIMATE): 40 rows, not the default 1,000
      String all = explain(s, "SELECT id FROM crm.customers");
      assertTrue(all.contains("est_rows=[40], est_bytes=[160]"), all); // 40 INTEGER values of 4 bytes
      assertTrue(all.contains("est_usd=[0.00016]"), all);
      // Calcite's guess for = is 0.15 of the rows: 6
      String eq = explain(s, "SELECT id FROM crm.customers WHERE city = 'London'");
      assertTrue(eq.contains("est_rows=[6]"), eq);
    }
  }

  private static AccessLine run(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        rs.getString(1);
      }
    }
    List<AccessLine> lines = s.unwrap(DynasqlStatement.class).accessLines();
    assertEquals(1, lines.size(), lines.toString());
    return lines.get(0);
  }

  private static String explain(Statement s, String sql) throws SQLException {
    StringBuilder b = new StringBuilder();
    try (ResultSet rs = s.executeQuery("EXPLAIN PLAN FOR " + sql)) {
      while (rs.next()) b.append(rs.getString(1)).append('\n');
    }
    return b.toString();
  }
}
