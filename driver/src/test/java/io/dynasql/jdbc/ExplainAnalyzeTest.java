package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.pushdown.AccessKind;
import io.dynasql.pushdown.AccessRecord;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code EXPLAIN ANALYZE}: the plan of EXPLAIN PLAN FOR with each access's actuals beside its
 * estimate, after running the query; the run is labelled and logged like any other; a write or
 * DDL is refused before it runs. Over 30 customers with 20 orders each of about 300 bytes, so one
 * customer's orders are about 6 KB: 2 read units strongly consistent, 1 eventually
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/read-write-operations.html).
 */
class ExplainAnalyzeTest {
  private Connection c;

  @BeforeEach
  void load() throws SQLException {
    c = DriverManager.getConnection("jdbc:dynasql:mem:explain-analyze-" + System.nanoTime() + ";scan=allow");
    try (Statement st = c.createStatement()) {
      st.execute("CREATE TABLE orders (customer VARCHAR, id BIGINT, note VARCHAR, PRIMARY KEY (customer, id))");
      st.execute("CREATE TABLE customers (customer VARCHAR, region VARCHAR, PRIMARY KEY (customer))");
    }
    try (PreparedStatement o = c.prepareStatement("INSERT INTO orders VALUES (?, ?, ?)");
         PreparedStatement cu = c.prepareStatement("INSERT INTO customers VALUES (?, ?)")) {
      for (int k = 0; k < 30; k++) {
        String customer = String.format("c%02d", k);
        cu.setString(1, customer);
        cu.setString(2, k % 2 == 0 ? "north" : "south");
        cu.addBatch();
        for (int i = 0; i < 20; i++) {
          o.setString(1, customer);
          o.setLong(2, i);
          o.setString(3, "n".repeat(280));
          o.addBatch();
        }
      }
      cu.executeBatch();
      o.executeBatch();
    }
  }

  @AfterEach
  void close() throws SQLException {
    c.close();
  }

  private static String plan(Statement st, String sql) throws SQLException {
    try (ResultSet rs = st.executeQuery(sql)) {
      StringBuilder plan = new StringBuilder();
      while (rs.next()) plan.append(rs.getString("PLAN"));
      return plan.toString();
    }
  }

  @Test
  void aQueryShowsItsEstimateAndWhatItReadAndIsLabelledLikeARun() throws SQLException {
    try (Statement st = c.createStatement()) {
      String plan = plan(st, "EXPLAIN ANALYZE SELECT id FROM orders WHERE customer = 'c07'");
      assertTrue(plan.contains("access=QUERY table=orders"), plan);
      assertTrue(plan.contains("est_items=[20]"), plan);
      assertTrue(plan.contains("items_read=[20], items_returned=[20], read_units=[1.0]"), plan);
      // the line docs/sql.md ("Estimates") shows
      assertTrue(plan.contains("path=[access=QUERY table=orders key=[customer = 'c07'] projection=[customer, id]], fields=[[0, 1]],"
          + " est_items=[20], est_read_units=[1.0], est_usd=[0.00000013], items_read=[20], items_returned=[20],"
          + " read_units=[1.0], usd=[0.00000013])"), plan);
      List<AccessLine> lines = st.unwrap(DynasqlStatement.class).accessLines();
      assertEquals(1, lines.size(), lines.toString());
      AccessRecord r = lines.get(0).record();
      assertEquals(AccessKind.QUERY, r.kind());
      assertEquals(20, r.itemsRead());
    }
    try (Statement st = c.createStatement();
         ResultSet rs = st.executeQuery("SELECT \"access\", items_read, \"sql\" FROM sys.access_log WHERE table_name = 'orders' AND \"access\" = 'QUERY'")) {
      assertTrue(rs.next(), "the analysed run is in sys.access_log");
      assertEquals("QUERY", rs.getString(1));
      assertEquals(20, rs.getLong(2));
      assertTrue(rs.getString(3).contains("customer = 'c07'"), rs.getString(3));
    }
  }

  @Test
  void aJoinByKeyShowsBothAccessesActuals() throws SQLException {
    try (Statement st = c.createStatement()) {
      String plan = plan(st, "EXPLAIN ANALYZE SELECT o.id, c.region FROM customers c JOIN orders o ON o.customer = c.customer"
          + " WHERE c.customer = 'c03'");
      assertTrue(plan.contains("access=GET table=customers"), plan);
      assertTrue(plan.matches("(?s).*access=GET table=customers.*items_read=\\[1], items_returned=\\[1].*"), plan);
      assertTrue(plan.matches("(?s).*table=orders.*items_read=\\[20], items_returned=\\[20].*"), plan);
    }
  }

  @Test
  void aScanShowsTheWholeTableRead() throws SQLException {
    try (Statement st = c.createStatement()) {
      String plan = plan(st, "EXPLAIN ANALYZE SELECT id FROM orders WHERE note = 'none'");
      assertTrue(plan.contains("est_items=[600]"), plan);
      assertTrue(plan.contains("items_read=[600], items_returned=[0]"), plan);
    }
  }

  @Test
  void writesAndDdlAreRefusedAndChangeNothing() throws SQLException {
    try (Statement st = c.createStatement()) {
      for (String sql : new String[] {
          "EXPLAIN ANALYZE INSERT INTO orders VALUES ('c99', 1, 'x')",
          "EXPLAIN ANALYZE DELETE FROM orders WHERE customer = 'c01'",
          "EXPLAIN ANALYZE UPDATE orders SET note = 'y' WHERE customer = 'c01' AND id = 1",
          "explain analyze DROP TABLE orders",
          "EXPLAIN ANALYZE CREATE TABLE other (k VARCHAR, PRIMARY KEY (k))"}) {
        SQLException e = assertThrows(SQLException.class, () -> st.executeQuery(sql), sql);
        assertEquals("42000", e.getSQLState(), sql + ": " + e.getMessage());
        assertTrue(e.getMessage().contains("EXPLAIN ANALYZE"), e.getMessage());
      }
      try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM orders")) {
        rs.next();
        assertEquals(600, rs.getLong(1));
      }
      try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM orders WHERE note = 'y'")) {
        rs.next();
        assertEquals(0, rs.getLong(1));
      }
      try (ResultSet rs = c.getMetaData().getTables(null, null, "other", null)) {
        assertTrue(!rs.next(), "no table was created");
      }
    }
  }

  @Test
  void executeUpdateRefusesItLikeAnyQuery() throws SQLException {
    try (Statement st = c.createStatement()) {
      SQLException e = assertThrows(SQLException.class, () -> st.executeUpdate("EXPLAIN ANALYZE SELECT id FROM orders WHERE customer = 'c01'"));
      assertEquals("07000", e.getSQLState(), e.getMessage());
    }
  }

  @Test
  void aPreparedExplainAnalyzeRunsEachTimeAndAPreparedWriteIsRefusedWhenPrepared() throws SQLException {
    // tools such as DBeaver send what is typed through prepareStatement
    try (PreparedStatement ps = c.prepareStatement("EXPLAIN ANALYZE SELECT id FROM orders WHERE customer = 'c11';")) {
      for (int run = 0; run < 2; run++) {
        try (ResultSet rs = ps.executeQuery()) {
          assertTrue(rs.next());
          assertTrue(rs.getString("PLAN").contains("items_read=[20], items_returned=[20]"), rs.getString(1));
        }
      }
    }
    SQLException e = assertThrows(SQLException.class, () -> c.prepareStatement("EXPLAIN ANALYZE DELETE FROM orders WHERE customer = 'c01'"));
    assertEquals("42000", e.getSQLState(), e.getMessage());
  }
}
