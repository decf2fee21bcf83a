package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Integer arithmetic past its type's range is SQLState 22003, never a wrapped-around number. */
class ArithmeticOverflowTest {
  private Connection conn;
  private Statement st;

  @BeforeEach
  void table() throws SQLException {
    conn = DriverManager.getConnection("jdbc:dynasql:mem:overflow;scan=allow");
    st = conn.createStatement();
    st.execute("CREATE TABLE counters (pk VARCHAR PRIMARY KEY, big BIGINT, i INTEGER)");
    st.execute("INSERT INTO counters VALUES ('top', 9223372036854775807, 2147483647), "
        + "('bottom', -9223372036854775808, -2147483648)");
  }

  @AfterEach
  void close() throws SQLException {
    st.execute("DROP TABLE counters");
    conn.close();
  }

  @Test
  void updatesPastTheTopOrBottomAreRefused() throws SQLException {
    overflow("UPDATE counters SET big = big + 1 WHERE pk = 'top'");
    overflow("UPDATE counters SET i = i + 1 WHERE pk = 'top'");
    overflow("UPDATE counters SET big = big - 1 WHERE pk = 'bottom'");
    overflow("UPDATE counters SET i = i * 2 WHERE pk = 'bottom'");
    overflow("UPDATE counters SET big = -big WHERE pk = 'bottom'");
    try (PreparedStatement ps = conn.prepareStatement("UPDATE counters SET big = big + ? WHERE pk = ?")) {
      ps.setLong(1, 1);
      ps.setString(2, "top");
      for (int attempt = 0; attempt < 2; attempt++) {
        SQLException e = assertThrows(SQLException.class, ps::executeUpdate);
        assertEquals("22003", e.getSQLState(), e.getMessage());
      }
    }
    assertEquals("9223372036854775807|2147483647", row("top"));
    assertEquals("-9223372036854775808|-2147483648", row("bottom"));
  }

  @Test
  void queriesPastTheTopAreRefused() throws SQLException {
    overflow("SELECT big + 1 FROM counters WHERE pk = 'top'");
    overflow("SELECT i + 1 FROM counters WHERE pk = 'top'");
    overflow("SELECT SUM(big) FROM counters WHERE pk = 'top' OR pk = 'top2' GROUP BY pk HAVING SUM(big) + 1 > 0");
    overflow("INSERT INTO counters VALUES ('c', 9223372036854775807 + 1, 0)");
    assertEquals("null", row("c"));
  }

  @Test
  void inRangeArithmeticIsUnchanged() throws SQLException {
    st.execute("UPDATE counters SET big = big - 1, i = i - 1 WHERE pk = 'top'");
    assertEquals("9223372036854775806|2147483646", row("top"));
  }

  private void overflow(String sql) {
    SQLException e = assertThrows(SQLException.class, () -> {
      if (st.execute(sql)) {
        try (ResultSet rs = st.getResultSet()) {
          while (rs.next()) rs.getObject(1);
        }
      }
    }, sql);
    assertEquals("22003", e.getSQLState(), sql + ": " + e.getMessage());
  }

  private String row(String pk) throws SQLException {
    try (ResultSet rs = st.executeQuery("SELECT big, i FROM counters WHERE pk = '" + pk + "'")) {
      return rs.next() ? rs.getObject(1) + "|" + rs.getObject(2) : "null";
    }
  }
}
