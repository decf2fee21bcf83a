package io.dynasql.jdbc.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * setNull with each type, NULL through every getter with wasNull, and conversions a value
 * cannot take: SQLDataException with a 22 state, naming the column.
 */
class NullAndConversionContractTest {
  private static final int[] TYPES = {Types.VARCHAR, Types.DECIMAL, Types.BIGINT, Types.INTEGER, Types.SMALLINT,
      Types.TINYINT, Types.DOUBLE, Types.REAL, Types.BOOLEAN, Types.VARBINARY, Types.ARRAY, Types.ARRAY, Types.ARRAY, Types.VARCHAR};
  private static Connection conn;

  @BeforeAll
  static void open() throws SQLException {
    conn = DriverManager.getConnection("jdbc:dynasql:mem:contract-nulls");
    try (Statement st = conn.createStatement()) {
      st.execute(TypeRoundTripContractTest.TABLE);
    }
    TypeRoundTripContractTest.insert(conn, 1, BigDecimal.TEN, Long.MAX_VALUE);
    try (PreparedStatement ps = conn.prepareStatement(TypeRoundTripContractTest.INSERT)) {
      ps.setString(1, "row");
      ps.setLong(2, 2);
      for (int i = 0; i < TYPES.length; i++) ps.setNull(i + 3, TYPES[i]);
      assertEquals(1, ps.executeUpdate());
    }
    try (Statement st = conn.createStatement()) {
      st.executeUpdate("INSERT INTO typed_t (pk, sk, vc, dc) VALUES ('row', 3, 'abc', 1.5)");
    }
  }

  @AfterAll
  static void close() throws SQLException {
    conn.close();
  }

  private static ResultSet row(Statement st, long sk) throws SQLException {
    ResultSet rs = st.executeQuery("SELECT vc, dc, bi, ii, si, ti, db, rl, bo, vb, sa, na, ba, js FROM typed_t WHERE pk = 'row' AND sk = " + sk);
    assertTrue(rs.next());
    return rs;
  }

  @Test
  void nullsReadAsNullOrZeroWithWasNull() throws SQLException {
    try (Statement st = conn.createStatement(); ResultSet rs = row(st, 2)) {
      for (int c = 1; c <= TYPES.length; c++) {
        assertNull(rs.getObject(c), "column " + c);
        assertTrue(rs.wasNull());
        assertNull(rs.getString(c));
        assertTrue(rs.wasNull());
      }
      assertNull(rs.getBigDecimal("dc"));
      assertEquals(0L, rs.getLong("bi"));
      assertTrue(rs.wasNull());
      assertEquals(0, rs.getInt("ii"));
      assertEquals(0.0, rs.getDouble("db"));
      assertFalse(rs.getBoolean("bo"));
      assertTrue(rs.wasNull());
      assertNull(rs.getBytes("vb"));
      assertNull(rs.getArray("sa"));
      assertNull(rs.getObject("bi", Long.class));
      assertEquals("héllo ✓", row(st, 1).getString("vc"));
    }
  }

  @Test
  void wasNullFollowsTheLastGetter() throws SQLException {
    try (Statement st = conn.createStatement(); ResultSet rs = row(st, 1)) {
      assertEquals(Long.MAX_VALUE, rs.getLong("bi"));
      assertFalse(rs.wasNull());
    }
  }

  private static void assertDataError(String column, Executable call) {
    SQLDataException e = assertThrows(SQLDataException.class, call);
    assertTrue(e.getSQLState().startsWith("22"), e.getSQLState());
    assertTrue(e.getMessage().contains(column), e.getMessage());
  }

  @Test
  void conversionsAValueCannotTakeAreDataErrorsNamingTheColumn() throws SQLException {
    try (Statement st = conn.createStatement(); ResultSet rs = row(st, 3)) {
      assertDataError("vc", () -> rs.getLong("vc"));
      assertDataError("vc", () -> rs.getInt(1));
      assertDataError("vc", () -> rs.getBigDecimal("vc"));
      assertDataError("vc", () -> rs.getDouble("vc"));
      assertDataError("vc", () -> rs.getObject("vc", Long.class));
      assertEquals(1, rs.getInt("dc"), "a fraction is truncated, as JDBC drivers do");
    }
    try (Statement st = conn.createStatement(); ResultSet rs = row(st, 1)) {
      assertDataError("bi", () -> rs.getInt("bi"));
      assertDataError("bi", () -> rs.getShort("bi"));
      assertDataError("bi", () -> rs.getBytes("bi"));
      assertDataError("vb", () -> rs.getLong("vb"));
      assertDataError("sa", () -> rs.getLong("sa"));
    }
  }

  @Test
  void aValueTheColumnCannotHoldIsRefusedOnWrite() throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("INSERT INTO typed_t (pk, sk, bi) VALUES ('row', 9, ?)")) {
      ps.setString(1, "not a number");
      assertDataError("bi", ps::executeUpdate);
    }
  }
}
