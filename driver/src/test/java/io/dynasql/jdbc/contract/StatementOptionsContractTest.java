package io.dynasql.jdbc.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLWarning;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * maxRows is honoured, fetchSize accepted, and result sets are forward-only, read-only and held
 * over commit: asking for another type or concurrency downgrades it with a SQLWarning (01S02) on
 * the connection.
 */
class StatementOptionsContractTest {
  private static Connection conn;

  @BeforeAll
  static void open() throws SQLException {
    conn = DriverManager.getConnection("jdbc:dynasql:mem:contract-options;scan=allow");
    try (Statement st = conn.createStatement()) {
      st.execute("CREATE TABLE opt_t (pk VARCHAR, sk BIGINT, v BIGINT, PRIMARY KEY (pk, sk))");
      st.executeUpdate("INSERT INTO opt_t VALUES ('a', 1, 1), ('a', 2, 2), ('a', 3, 3), ('a', 4, 4), ('b', 1, 5)");
    }
  }

  @AfterAll
  static void close() throws SQLException {
    conn.close();
  }

  private static int rows(ResultSet rs) throws SQLException {
    int n = 0;
    try (rs) {
      while (rs.next()) n++;
    }
    return n;
  }

  @Test
  void maxRowsLimitsEveryKindOfQuery() throws SQLException {
    try (Statement st = conn.createStatement()) {
      assertEquals(0, st.getMaxRows());
      st.setMaxRows(2);
      assertEquals(2, st.getMaxRows());
      assertEquals(2, rows(st.executeQuery("SELECT sk FROM opt_t WHERE pk = 'a'")), "a literal query, on a cached plan");
      assertEquals(2, rows(st.executeQuery("SELECT sk FROM opt_t")), "a query without literals");
      assertTrue(st.execute("SELECT sk FROM opt_t"));
      assertEquals(2, rows(st.getResultSet()));
      st.setLargeMaxRows(3);
      assertEquals(3L, st.getLargeMaxRows());
      assertEquals(3, rows(st.executeQuery("SELECT sk FROM opt_t WHERE pk = 'a'")));
      st.setMaxRows(0);
      assertEquals(4, rows(st.executeQuery("SELECT sk FROM opt_t WHERE pk = 'a'")), "0 means no limit");
      assertEquals("22023", assertThrows(SQLException.class, () -> st.setMaxRows(-1)).getSQLState());
    }
    try (PreparedStatement ps = conn.prepareStatement("SELECT sk FROM opt_t WHERE pk = ?")) {
      ps.setMaxRows(1);
      ps.setString(1, "a");
      assertEquals(1, rows(ps.executeQuery()));
    }
  }

  @Test
  void fetchSizeIsAccepted() throws SQLException {
    try (Statement st = conn.createStatement()) {
      st.setFetchSize(10);
      assertEquals(10, st.getFetchSize());
      try (ResultSet rs = st.executeQuery("SELECT sk FROM opt_t")) {
        rs.setFetchSize(1);
        assertEquals(1, rs.getFetchSize());
        assertEquals(5, rows(rs));
      }
      assertEquals("22023", assertThrows(SQLException.class, () -> st.setFetchSize(-1)).getSQLState());
    }
  }

  @Test
  void resultSetsAreForwardOnlyReadOnlyAndHeldOverCommit() throws SQLException {
    DatabaseMetaData md = conn.getMetaData();
    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT sk, v FROM opt_t WHERE pk = 'b'")) {
      assertEquals(ResultSet.TYPE_FORWARD_ONLY, st.getResultSetType());
      assertEquals(ResultSet.CONCUR_READ_ONLY, st.getResultSetConcurrency());
      assertEquals(ResultSet.HOLD_CURSORS_OVER_COMMIT, st.getResultSetHoldability());
      assertEquals(ResultSet.TYPE_FORWARD_ONLY, rs.getType());
      assertEquals(ResultSet.CONCUR_READ_ONLY, rs.getConcurrency());
      assertEquals(ResultSet.HOLD_CURSORS_OVER_COMMIT, rs.getHoldability());
      assertTrue(rs.next());
      assertEquals("0A000", assertThrows(SQLFeatureNotSupportedException.class, () -> rs.updateLong("v", 9)).getSQLState());
    }
    assertEquals(ResultSet.HOLD_CURSORS_OVER_COMMIT, conn.getHoldability());
    assertEquals(ResultSet.HOLD_CURSORS_OVER_COMMIT, md.getResultSetHoldability());
    assertTrue(md.supportsResultSetType(ResultSet.TYPE_FORWARD_ONLY));
    assertFalse(md.supportsResultSetType(ResultSet.TYPE_SCROLL_INSENSITIVE));
    assertTrue(md.supportsResultSetConcurrency(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY));
    assertFalse(md.supportsResultSetConcurrency(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_UPDATABLE));
    assertTrue(md.supportsResultSetHoldability(ResultSet.HOLD_CURSORS_OVER_COMMIT));
  }

  @Test
  void anUnsupportedTypeOrConcurrencyIsDowngradedWithAWarning() throws SQLException {
    conn.clearWarnings();
    try (Statement st = conn.createStatement(ResultSet.TYPE_SCROLL_INSENSITIVE, ResultSet.CONCUR_UPDATABLE)) {
      assertEquals(ResultSet.TYPE_FORWARD_ONLY, st.getResultSetType());
      assertEquals(ResultSet.CONCUR_READ_ONLY, st.getResultSetConcurrency());
      SQLWarning w = conn.getWarnings();
      assertNotNull(w);
      assertEquals("01S02", w.getSQLState());
      assertEquals(2, rows(st.executeQuery("SELECT sk FROM opt_t WHERE sk = 1")));
    }
    conn.clearWarnings();
    assertNull(conn.getWarnings());
    String sql = "SELECT sk FROM opt_t WHERE pk = ?";
    try (PreparedStatement ps = conn.prepareStatement(sql, ResultSet.TYPE_SCROLL_SENSITIVE, ResultSet.CONCUR_READ_ONLY,
        ResultSet.CLOSE_CURSORS_AT_COMMIT)) {
      assertEquals(ResultSet.TYPE_FORWARD_ONLY, ps.getResultSetType());
      assertEquals(ResultSet.HOLD_CURSORS_OVER_COMMIT, ps.getResultSetHoldability());
      assertEquals("01S02", conn.getWarnings().getSQLState());
      ps.setString(1, "b");
      assertEquals(1, rows(ps.executeQuery()));
    }
    conn.clearWarnings();
    try (Statement st = conn.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
      assertNull(conn.getWarnings(), "what is supported raises nothing");
    }
  }
}
