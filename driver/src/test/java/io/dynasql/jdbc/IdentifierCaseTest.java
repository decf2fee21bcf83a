package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * dynasql's identifier rule as a user meets it: quoted names are exact, unquoted names match the
 * stored names ignoring case, and an unquoted name that matches two stored names (tables
 * {@code Orders} and {@code orders}, columns {@code v} and {@code V}) fails with 42702 naming both.
 */
class IdentifierCaseTest {
  private static Connection conn;

  @BeforeAll
  static void load() throws SQLException {
    conn = DriverManager.getConnection("jdbc:dynasql:mem:identifier-case");
    try (Statement st = conn.createStatement()) {
      st.execute("CREATE TABLE \"Orders\" (customerId VARCHAR, orderNo BIGINT, Status VARCHAR, PRIMARY KEY (customerId, orderNo))");
      st.execute("CREATE TABLE \"orders\" (customerId VARCHAR, orderNo BIGINT, status VARCHAR, PRIMARY KEY (customerId, orderNo))");
      st.execute("CREATE TABLE Customers (customerId VARCHAR, Name VARCHAR, \"v\" VARCHAR, \"V\" VARCHAR, PRIMARY KEY (customerId))");
      st.execute("INSERT INTO \"Orders\" (customerId, orderNo, Status) VALUES ('c1', 1, 'BIG'), ('c1', 2, 'BIG')");
      st.execute("INSERT INTO \"orders\" (customerId, orderNo, status) VALUES ('c1', 1, 'small')");
      st.execute("INSERT INTO \"Customers\" (\"customerId\", \"Name\", \"v\", \"V\") VALUES ('c1', 'Ada', 'lower', 'upper')");
    }
  }

  @AfterAll
  static void close() throws SQLException {
    conn.close();
  }

  private static List<String> rows(String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        StringBuilder row = new StringBuilder();
        for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) row.append(c > 1 ? "|" : "").append(rs.getString(c));
        out.add(row.toString());
      }
    }
    return out;
  }

  private static SQLException fails(String sql) {
    return assertThrows(SQLException.class, () -> rows(sql));
  }

  @Test
  void unquotedNamesMatchIgnoringCaseAndColumnsKeepTheirStoredNames() throws SQLException {
    assertEquals(List.of("Ada"), rows("SELECT name FROM customers WHERE CUSTOMERID = 'c1'"));
    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("select NAME, customerid from CUSTOMERS")) {
      assertEquals("Name", rs.getMetaData().getColumnLabel(1));
      assertEquals("customerId", rs.getMetaData().getColumnLabel(2));
    }
    try (PreparedStatement ps = conn.prepareStatement("SELECT name FROM customers WHERE customerid = ?")) {
      ps.setString(1, "c1");
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next());
        assertEquals("Ada", rs.getString(1));
      }
    }
    String plan = rows("EXPLAIN PLAN FOR SELECT name FROM customers WHERE customerid = 'c1'").toString();
    assertTrue(plan.contains("access=GET") && plan.contains("table=Customers"), plan);
  }

  @Test
  void quotedNamesAreExact() throws SQLException {
    assertEquals(List.of("BIG", "BIG"), rows("SELECT \"Status\" FROM \"Orders\""));
    assertEquals(List.of("small"), rows("SELECT \"status\" FROM \"orders\""));
    assertEquals(List.of("upper"), rows("SELECT \"V\" FROM customers"));
    SQLException e = fails("SELECT * FROM \"ORDERS\"");
    assertTrue(e.getSQLState().startsWith("42") && e.getMessage().contains("ORDERS"), e.getSQLState() + " " + e.getMessage());
  }

  @Test
  void anAmbiguousTableNameFailsNamingTheCandidates() {
    SQLException e = fails("SELECT COUNT(*) FROM orders");
    assertEquals("42702", e.getSQLState());
    assertTrue(e.getMessage().contains("\"Orders\"") && e.getMessage().contains("\"orders\""), e.getMessage());
  }

  @Test
  void anAmbiguousColumnNameFailsNamingTheCandidates() {
    SQLException e = fails("SELECT v FROM customers");
    assertEquals("42702", e.getSQLState());
    assertTrue(e.getMessage().contains("\"v\"") && e.getMessage().contains("\"V\""), e.getMessage());
  }

  @Test
  void qualifiedColumnsAreLookedUpInTheirOwnTable() throws SQLException {
    // "Orders" has Status, "orders" has status: o.status is not ambiguous, it belongs to o's table
    assertEquals(List.of("BIG|small"), rows("SELECT o.status, l.STATUS FROM \"Orders\" o JOIN \"orders\" l "
        + "ON o.customerid = l.customerid AND o.orderno = l.orderno"));
    assertEquals(List.of("2"), rows("SELECT COUNT(*) AS Total FROM \"Orders\" ORDER BY total"));
  }

  @Test
  void dmlFollowsTheSameRuleAndAnAmbiguousTargetChangesNothing() throws SQLException {
    try (Statement st = conn.createStatement()) {
      SQLException e = assertThrows(SQLException.class, () -> st.executeUpdate("DELETE FROM orders WHERE orderno = 1"));
      assertEquals("42702", e.getSQLState());
      assertEquals(List.of("2"), rows("SELECT COUNT(*) FROM \"Orders\""));
      assertEquals(1, st.executeUpdate("UPDATE customers SET name = 'Grace' WHERE CUSTOMERID = 'c1'"));
      assertEquals(List.of("Grace"), rows("SELECT \"Name\" FROM \"Customers\""));
      assertEquals(1, st.executeUpdate("INSERT INTO \"orders\" (CUSTOMERID, ORDERNO, STATUS) VALUES ('c9', 9, 'new')"));
      assertEquals(1, st.executeUpdate("UPDATE \"orders\" SET status = 'tiny' WHERE orderno = 9"));
      assertEquals(List.of("BIG", "BIG"), rows("SELECT \"Status\" FROM \"Orders\""));
      assertEquals(List.of("tiny"), rows("SELECT \"status\" FROM \"orders\" WHERE \"customerId\" = 'c9'"));
    }
  }
}
