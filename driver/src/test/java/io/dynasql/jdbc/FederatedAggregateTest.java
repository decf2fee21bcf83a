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
 * GROUP BY and aggregates sent to an H2 source: each pushed shape is checked in EXPLAIN and
 * answered as H2 answers the same statement; the shapes a source could answer differently stay
 * in dynasql.
 */
class FederatedAggregateTest {
  private static Connection h2;
  private static Connection conn;

  @BeforeAll
  static void setUp() throws SQLException {
    String url = "jdbc:h2:mem:aggs_" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
    h2 = DriverManager.getConnection(url, "sa", "");
    try (Statement s = h2.createStatement()) {
      s.execute("CREATE TABLE customers (id INT PRIMARY KEY, name VARCHAR(40), city VARCHAR(40), balance DECIMAL(10,2),"
          + " visits INT, score DOUBLE, big BIGINT)");
      s.execute("INSERT INTO customers VALUES (1, 'Ada', 'London', 10.50, 3, 1.5, 1), (2, 'Brian', 'Paris', 0, NULL, 2.5, 2),"
          + " (3, 'Chen', 'London', 99.99, 7, NULL, 3), (4, 'Dana', NULL, 5.25, 1, 0.5, 4), (5, 'Eve', 'Berlin', NULL, 2, 3.5, 5),"
          + " (6, 'eve', 'london', 1.00, 2147483647, 1.0, 9223372036854775807),"
          + " (7, 'Fay', 'London', 2.00, 2147483647, 1.0, 9223372036854775807)");
    }
    conn = DriverManager.getConnection("jdbc:dynasql:mem:fedaggs");
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
  void groupByWithCountSumMinMaxIsOneRemoteStatement() throws SQLException {
    String sql = "SELECT city, COUNT(*), COUNT(balance), SUM(balance), MIN(name), MAX(balance) FROM crm.customers"
        + " WHERE id > 1 GROUP BY city";
    String plan = explain(sql);
    assertTrue(plan.contains("RemoteAggregateScan"), plan);
    assertTrue(plan.contains("sql=[SELECT \"CITY\", COUNT(*), COUNT(\"BALANCE\"), SUM(\"BALANCE\"), MIN(\"NAME\"), MAX(\"BALANCE\")"
        + " FROM \"PUBLIC\".\"CUSTOMERS\" WHERE \"ID\" > ? GROUP BY \"CITY\"]"), plan);
    assertSame(sql);
  }

  @Test
  void aggregatesWithoutGroupByAndOverNoRows() throws SQLException {
    String sql = "SELECT COUNT(*), SUM(balance), MAX(name) FROM crm.customers WHERE id > 100";
    assertTrue(explain(sql).contains("RemoteAggregateScan"), explain(sql));
    assertSame(sql);
    assertSame("SELECT COUNT(*) FROM crm.customers");
  }

  @Test
  void theLabelIsTheGroupByStatement() throws SQLException {
    try (Statement s = conn.createStatement()) {
      try (ResultSet rs = s.executeQuery("SELECT city, COUNT(*) FROM crm.customers GROUP BY city")) {
        int n = 0;
        while (rs.next()) n++;
        assertEquals(5, n);
      }
      String line = s.unwrap(DynasqlStatement.class).accessLines().get(0).toString();
      assertTrue(line.contains(" rows=5 "), line);
      assertTrue(line.endsWith("remote_sql=\"SELECT \"CITY\", COUNT(*) FROM \"PUBLIC\".\"CUSTOMERS\" GROUP BY \"CITY\"\""), line);
    }
  }

  @Test
  void aSumBeyondItsTypeIsAnErrorNotAWrappedNumber() throws SQLException {
    // SUM of INTEGER is a BIGINT in dynasql (and in H2: https://www.h2database.com/html/functions-aggregate.html#sum)
    String ints = "SELECT SUM(visits) FROM crm.customers WHERE visits > 100";
    assertTrue(explain(ints).contains("RemoteAggregateScan"), explain(ints));
    assertSame(ints);
    // SUM of BIGINT is a BIGINT in dynasql; H2 sums it as a NUMERIC, which two of 2^63 - 1 do not fit back into
    String sql = "SELECT SUM(big) FROM crm.customers WHERE big > 100";
    assertTrue(explain(sql).contains("RemoteAggregateScan"), explain(sql));
    SQLException e = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class, () -> rows(sql));
    assertEquals("22003", e.getSQLState(), e.getMessage());
    assertTrue(e.getMessage().contains("SUM 18446744073709551614"), e.getMessage());
  }

  @Test
  void aSumComputedHereBeyondItsTypeIsAnErrorNotAWrappedNumber() throws SQLException {
    // GROUP BY a DOUBLE stays here (whatASourceCouldAnswerDifferentlyStaysLocal); score 1.0 holds two of 2^63 - 1
    String sql = "SELECT score, SUM(big) FROM crm.customers GROUP BY score";
    assertFalse(explain(sql).contains("RemoteAggregateScan"), explain(sql));
    SQLException e = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class, () -> rows(sql));
    assertEquals("22003", e.getSQLState(), e.getMessage());
    assertSame("SELECT score, SUM(big) FROM crm.customers WHERE id < 6 GROUP BY score");
  }

  @Test
  void aDistinctCountGroupsAtTheSourceAndCountsTheGroupsHere() throws SQLException {
    // H2 compares text exactly (https://www.h2database.com/html/commands.html#set_collation: OFF by default)
    String sql = "SELECT COUNT(DISTINCT city) FROM crm.customers";
    assertTrue(explain(sql).contains("sql=[SELECT \"CITY\" FROM \"PUBLIC\".\"CUSTOMERS\" GROUP BY \"CITY\"]"), explain(sql));
    assertSame(sql);
  }

  @Test
  void anAverageIsASumAndACountSentAndDividedHere() throws SQLException {
    String sql = "SELECT city, ROUND(AVG(balance), 6) FROM crm.customers GROUP BY city";
    String plan = explain(sql);
    assertTrue(plan.contains("sql=[SELECT \"CITY\", SUM(\"BALANCE\"), COUNT(\"BALANCE\") FROM \"PUBLIC\".\"CUSTOMERS\""
        + " GROUP BY \"CITY\"]"), plan);
    assertSame(sql);
  }

  @Test
  void whatASourceCouldAnswerDifferentlyStaysLocal() throws SQLException {
    // floating-point sums (they depend on the order rows are added in) and groups (-0.0, NaN)
    for (String sql : List.of( "SELECT CAST(SUM(score) AS DOUBLE) FROM crm.customers",
        "SELECT score, COUNT(*) FROM crm.customers GROUP BY score")) {
      assertFalse(explain(sql).contains("RemoteAggregateScan"), explain(sql));
      assertSame(sql);
    }
  }

  private static void assertSame(String sql) throws SQLException {
    List<String> expected = sorted(FederatedH2SourceTest.rows(h2, sql.replace("crm.", "")));
    assertEquals(expected, sorted(rows(sql)));
  }

  private static List<String> rows(String sql) throws SQLException {
    return FederatedH2SourceTest.rows(conn, sql);
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
