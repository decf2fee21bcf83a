package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * Statement.setMaxRows holds for prepared statements and on the cached-plan path (a query with
 * literals runs on a pooled plan), not only for plain statements: DBeaver and Spring page with it.
 */
class MaxRowsTest {
  @Test
  void maxRowsLimitsQueriesOnCachedPlans() throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:dynasql:mem:maxrows"); Statement st = c.createStatement()) {
      st.execute("CREATE TABLE lines (o VARCHAR, n BIGINT, PRIMARY KEY (o, n))");
      st.execute("INSERT INTO lines VALUES ('a', 1), ('a', 2), ('a', 3)");
      String sql = "SELECT n FROM lines WHERE o = 'a'";
      try (Statement limited = c.createStatement()) {
        limited.setMaxRows(2);
        assertEquals(2, count(limited.executeQuery(sql)));
        limited.execute(sql);
        assertEquals(2, count(limited.getResultSet()));
      }
      try (java.sql.PreparedStatement ps = c.prepareStatement("SELECT n FROM lines WHERE o = ?")) {
        ps.setMaxRows(1);
        ps.setString(1, "a");
        assertEquals(1, count(ps.executeQuery()));
      }
      try (Statement unlimited = c.createStatement()) {
        assertEquals(3, count(unlimited.executeQuery(sql)), "the limit stays with the statement that set it");
      }
    }
  }

  private static int count(ResultSet rs) throws SQLException {
    int n = 0;
    try (rs) {
      while (rs.next()) n++;
    }
    return n;
  }
}
