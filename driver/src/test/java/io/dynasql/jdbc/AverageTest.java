package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * AVG over an integer column is the fractional average, as PostgreSQL
 * (https://www.postgresql.org/docs/current/functions-aggregate.html: numeric for any integer-type
 * argument) and H2 (https://h2database.com/html/functions-aggregate.html#avg: DOUBLE PRECISION or
 * NUMERIC) answer, where Calcite's default truncated it to the column's type; SUM and COUNT keep
 * their types.
 */
class AverageTest {
  private Connection conn;

  @BeforeEach
  void open() throws SQLException {
    conn = DriverManager.getConnection("jdbc:dynasql:mem:average-test");
    try (Statement st = conn.createStatement()) {
      st.execute("CREATE TABLE readings (site VARCHAR, n INTEGER, b INTEGER, s SMALLINT, amount DECIMAL(12, 2), d DOUBLE,"
          + " PRIMARY KEY (site, n))");
      st.executeUpdate("INSERT INTO readings (site, n, b, s, amount, d) VALUES"
          + " ('x', 1, -170, 1, 1.00, 0.5), ('x', 2, -171, 2, 2.00, 1.5), ('x', 3, -171, 2, 2.00, 2.5), ('x', 4, -170, 3, 2.01, 3.5),"
          + " ('y', 1, 7, 1, 1.00, 1.0)");
    }
  }

  @AfterEach
  void close() throws SQLException {
    try (Statement st = conn.createStatement()) {
      st.execute("DROP TABLE readings");
    }
    conn.close();
  }

  @Test
  void avgOfAnIntegerColumnKeepsItsFraction() throws SQLException {
    try (Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery("SELECT AVG(b), AVG(s), SUM(b), COUNT(b) FROM readings WHERE site = 'x'")) {
      assertTrue(rs.next());
      assertEquals(0, new BigDecimal("-170.5").compareTo(rs.getBigDecimal(1)), rs.getString(1));
      assertEquals(-170.5, rs.getDouble(1));
      assertEquals(0, new BigDecimal("2").compareTo(rs.getBigDecimal(2)), rs.getString(2));
      assertEquals(Types.DECIMAL, rs.getMetaData().getColumnType(1));
      assertEquals(-682L, rs.getLong(3));
      assertEquals(Types.BIGINT, rs.getMetaData().getColumnType(3));
      assertEquals(4L, rs.getLong(4));
      assertEquals(Types.BIGINT, rs.getMetaData().getColumnType(4));
    }
  }

  @Test
  void aRepeatingAverageHasSixteenSignificantDigits() throws SQLException {
    try (Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery("SELECT AVG(b) FROM readings WHERE site = 'x' AND n < 4")) {
      assertTrue(rs.next());
      // -512 / 3, divided with 16 significant digits (Calcite's DECIMAL64 division): as precise as
      // H2's DOUBLE answer, -170.66666666666666
      assertEquals(new BigDecimal("-170.6666666666667000"), rs.getBigDecimal(1));
    }
  }

  @Test
  void groupedPreparedAndEmptyAveragesAgree() throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("SELECT site, AVG(b), AVG(amount), AVG(d) FROM readings WHERE site = ? GROUP BY site")) {
      ps.setString(1, "x");
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next());
        assertEquals(0, new BigDecimal("-170.5").compareTo(rs.getBigDecimal(2)));
        // DECIMAL(12, 2) is no longer cut to 2 places: 7.01 / 4
        assertEquals(0, new BigDecimal("1.7525").compareTo(rs.getBigDecimal(3)), rs.getString(3));
        assertEquals(Types.DOUBLE, rs.getMetaData().getColumnType(4), "an average of DOUBLE stays DOUBLE");
        assertEquals(2.0, rs.getDouble(4));
        assertFalse(rs.next());
      }
      ps.setString(1, "nobody");
      try (ResultSet rs = ps.executeQuery()) {
        assertFalse(rs.next());
      }
    }
    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT AVG(b) FROM readings WHERE site = 'nobody'")) {
      assertTrue(rs.next());
      assertNull(rs.getBigDecimal(1));
    }
  }
}
