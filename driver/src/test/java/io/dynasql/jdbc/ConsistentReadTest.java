package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.pushdown.AccessRecord;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The {@code consistentRead} connection property: reads cost a full read unit per 4 KB instead of
 * half (DynamoDB's rule), and a global index, which DynamoDB cannot read consistently, is not
 * chosen; a local index reads consistently.
 */
class ConsistentReadTest {
  private static final String URL = "jdbc:dynasql:mem:consistent-read";
  private static Connection eventual;
  private static Connection strong;

  @BeforeAll
  static void load() throws SQLException {
    eventual = DriverManager.getConnection(URL);
    strong = DriverManager.getConnection(URL + ";consistentRead=true");
    try (Statement st = eventual.createStatement()) {
      st.execute("CREATE TABLE orders (customer VARCHAR, id BIGINT, status VARCHAR, total BIGINT, "
          + "PRIMARY KEY (customer, id), LOCAL INDEX byTotal (total))");
      st.execute("CREATE INDEX byStatus ON orders (status, id)");
      st.execute("INSERT INTO orders VALUES ('c1', 1, 'NEW', 10), ('c1', 2, 'OLD', 20), ('c2', 1, 'NEW', 30)");
    }
  }

  @AfterAll
  static void close() throws SQLException {
    strong.close();
    eventual.close();
  }

  private static AccessRecord access(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        // read every row: the access is recorded once its rows are read
      }
      return st.unwrap(DynasqlStatement.class).accessLines().get(0).record();
    }
  }

  private static String plan(Connection c, String sql) throws SQLException {
    StringBuilder out = new StringBuilder();
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("EXPLAIN PLAN FOR " + sql)) {
      while (rs.next()) out.append(rs.getString(1));
    }
    return out.toString();
  }

  @Test
  void strongReadsCostAFullUnitPerFourKilobytes() throws SQLException {
    String get = "SELECT * FROM orders WHERE customer = 'c1' AND id = 1";
    assertEquals(0.5, access(eventual, get).readUnits());
    assertEquals(1.0, access(strong, get).readUnits());
    String query = "SELECT * FROM orders WHERE customer = 'c1'";
    assertEquals(0.5, access(eventual, query).readUnits());
    assertEquals(1.0, access(strong, query).readUnits());
    String batch = "SELECT * FROM orders WHERE customer IN ('c1', 'c2') AND id = 1";
    assertEquals("BATCH_GET", access(strong, batch).kind().name());
    assertEquals(2.0, access(strong, batch).readUnits());
  }

  @Test
  void aGlobalIndexIsNotChosenForStrongReadsAndALocalOneReadsConsistently() throws SQLException {
    String byStatus = "SELECT id FROM orders WHERE status = 'NEW'";
    assertTrue(plan(eventual, byStatus).contains("index=byStatus"), plan(eventual, byStatus));
    String strongPlan = plan(strong, byStatus);
    assertFalse(strongPlan.contains("index=byStatus"), strongPlan);
    assertTrue(strongPlan.contains("access=SCAN"), strongPlan);
    String byTotal = "SELECT /*+ INDEX(orders, byTotal) */ id FROM orders WHERE customer = 'c1' AND total > 15";
    assertTrue(plan(strong, byTotal).contains("index=byTotal"), plan(strong, byTotal));
    assertEquals(1.0, access(strong, byTotal).readUnits());
  }
}
