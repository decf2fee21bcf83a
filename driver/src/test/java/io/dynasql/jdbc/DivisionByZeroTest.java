package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
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
 * A division or MOD by zero is 22012 and an overflow 22003, told apart by the exception's type:
 * every exact divisor runs through a guard ({@code io.dynasql.calcite.DivisorGuards}), for each
 * exact type, in a projection, a filter, a join condition and an aggregate's argument, with a
 * constant, a column or a parameter as divisor. PostgreSQL answers 22012 for each of these
 * (https://www.postgresql.org/docs/current/errcodes-appendix.html, division_by_zero), as H2 does.
 */
class DivisionByZeroTest {
  private Connection conn;
  private Statement st;

  @BeforeEach
  void table() throws SQLException {
    conn = DriverManager.getConnection("jdbc:dynasql:mem:division-by-zero;scan=allow");
    st = conn.createStatement();
    st.execute("CREATE TABLE nums (pk VARCHAR PRIMARY KEY, i INTEGER, b BIGINT, d DECIMAL(10,2), z BIGINT, s SMALLINT)");
    st.execute("INSERT INTO nums VALUES ('a', 7, 9, 2.50, 0, 0), ('b', 8, 10, 0.00, 0, 3)");
  }

  @AfterEach
  void close() throws SQLException {
    st.execute("DROP TABLE nums");
    conn.close();
  }

  @Test
  void everyExactTypeAndPlaceIs22012() {
    String[] statements = {
      "SELECT i / z FROM nums", "SELECT b / z FROM nums", "SELECT 1.5 / d FROM nums", "SELECT i / s FROM nums",
      "SELECT MOD(b, z) FROM nums", "SELECT pk FROM nums WHERE b / z > 1", "SELECT SUM(b / z) FROM nums",
      "SELECT x.pk FROM nums x JOIN nums y ON x.b / y.z = y.b", "SELECT b / 0 FROM nums WHERE pk = 'a'",
      "SELECT 1 / 0", "SELECT CAST(1 AS DECIMAL(5,1)) / CAST(0 AS DECIMAL(5,1))",
    };
    for (String sql : statements) {
      SQLException e = assertThrows(SQLException.class, () -> drain(sql), sql);
      assertEquals("22012", e.getSQLState(), sql + ": " + e.getMessage());
      assertInstanceOf(java.sql.SQLDataException.class, e, sql);
    }
  }

  @Test
  void aParameterDivisorIsGuardedToo() throws SQLException {
    try (var ps = conn.prepareStatement("SELECT b / ? FROM nums WHERE pk = 'a'")) {
      ps.setLong(1, 3);
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next());
        assertEquals(3, rs.getLong(1));
      }
      ps.setLong(1, 0);
      assertEquals("22012", assertThrows(SQLException.class, () -> drain(ps.executeQuery())).getSQLState());
    }
  }

  @Test
  void nonZeroAndNullDivisorsStillAnswer() throws SQLException {
    try (ResultSet rs = st.executeQuery("SELECT b / i, MOD(b, i), b / CAST(NULL AS BIGINT), d / 2 FROM nums WHERE pk = 'a'")) {
      assertTrue(rs.next());
      assertEquals(1, rs.getLong(1));
      assertEquals(2, rs.getLong(2));
      rs.getObject(3);
      assertTrue(rs.wasNull());
      assertEquals(0, new java.math.BigDecimal("1.25").compareTo(rs.getBigDecimal(4)));
    }
  }

  @Test
  void anOverflowIsStill22003() {
    SQLException e = assertThrows(SQLException.class,
        () -> drain("SELECT b * 9223372036854775807 FROM nums WHERE pk = 'a'"));
    assertEquals("22003", e.getSQLState(), e.getMessage());
  }

  private void drain(String sql) throws SQLException {
    try (ResultSet rs = st.executeQuery(sql)) {
      drain(rs);
    }
  }

  private static void drain(ResultSet rs) throws SQLException {
    while (rs.next()) {
      for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) rs.getObject(i);
    }
  }
}
