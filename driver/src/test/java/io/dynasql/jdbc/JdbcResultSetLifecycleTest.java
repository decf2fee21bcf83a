package io.dynasql.jdbc;

import static io.dynasql.jdbc.ResultSetFixtures.columns;
import static io.dynasql.jdbc.ResultSetFixtures.sql;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.calcite.sql.type.SqlTypeName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Close (once, the host told whether the caller closed it), every call after close (24000) or
 * after the connection closed (08003), the statement's warnings, and what the result set says
 * of itself. JDBC: https://docs.oracle.com/en/java/javase/17/docs/api/java.sql/java/sql/ResultSet.html#close()
 */
class JdbcResultSetLifecycleTest {
  private final ResultSetFixtures.RecordingHost host = new ResultSetFixtures.RecordingHost();
  private final ResultSetFixtures.CountingCursor cursor =
      new ResultSetFixtures.CountingCursor(List.<Object[]>of(new Object[] {1L}, new Object[] {2L}));
  private final JdbcResultSet rs = new JdbcResultSet(host, columns(sql(SqlTypeName.BIGINT)), cursor, 0);

  /** A call of each kind: moves, getters by index and label, metadata, warnings, settings, refusals, wrappers. */
  private Map<String, Executable> calls() {
    Map<String, Executable> calls = new LinkedHashMap<>();
    calls.put("next", rs::next);
    calls.put("getLong(1)", () -> rs.getLong(1));
    calls.put("getString(c1)", () -> rs.getString("c1"));
    calls.put("getObject(1, Long)", () -> rs.getObject(1, Long.class));
    calls.put("findColumn", () -> rs.findColumn("c1"));
    calls.put("wasNull", rs::wasNull);
    calls.put("getMetaData", rs::getMetaData);
    calls.put("getStatement", rs::getStatement);
    calls.put("getWarnings", rs::getWarnings);
    calls.put("clearWarnings", rs::clearWarnings);
    calls.put("getRow", rs::getRow);
    calls.put("isBeforeFirst", rs::isBeforeFirst);
    calls.put("getFetchSize", rs::getFetchSize);
    calls.put("setFetchSize", () -> rs.setFetchSize(10));
    calls.put("getType", rs::getType);
    calls.put("getHoldability", rs::getHoldability);
    calls.put("updateLong", () -> rs.updateLong(1, 2));
    calls.put("absolute", () -> rs.absolute(1));
    calls.put("unwrap", () -> rs.unwrap(ResultSet.class));
    return calls;
  }

  @Test
  void closeIsOnceAndEveryCallAfterItIs24000() throws SQLException {
    assertTrue(rs.next());
    rs.close();
    rs.close();
    assertTrue(rs.isClosed());
    assertEquals(List.of(true), host.closes, "the host hears of the close once, by the caller");
    assertEquals(1, cursor.closes);
    for (Map.Entry<String, Executable> call : calls().entrySet()) {
      SQLException e = assertThrows(SQLException.class, call.getValue(), call.getKey());
      assertEquals("24000", e.getSQLState(), call.getKey());
    }
  }

  /** Every method of java.sql.ResultSet but close and isClosed: after close, 24000; after the connection closed, 08003. */
  @Test
  void everyMethodChecksBothClosedStates() throws Exception {
    List<Method> methods = new ArrayList<>();
    for (Method m : ResultSet.class.getMethods()) {
      if (!m.getName().equals("close") && !m.getName().equals("isClosed")) methods.add(m);
    }
    assertTrue(methods.size() > 180, "every method: " + methods.size());
    assertTrue(rs.next());
    host.connectionOpen = false;
    for (Method m : methods) assertEquals("08003", stateOf(m), m.toString());
    host.connectionOpen = true;
    rs.close();
    for (Method m : methods) assertEquals("24000", stateOf(m), m.toString());
  }

  private String stateOf(Method m) throws IllegalAccessException {
    try {
      m.invoke(rs, ResultSetFixtures.arguments(m));
    } catch (InvocationTargetException e) {
      return assertInstanceOf(SQLException.class, e.getCause(), m.toString()).getSQLState();
    }
    return "no error from " + m;
  }

  @Test
  void theStatementClosingItIsNotTheCaller() throws SQLException {
    rs.close(false);
    rs.close(true);
    assertEquals(List.of(false), host.closes);
  }

  @Test
  void afterTheConnectionClosesEveryCallIs08003() throws SQLException {
    assertTrue(rs.next());
    host.connectionOpen = false;
    for (Map.Entry<String, Executable> call : calls().entrySet()) {
      SQLException e = assertThrows(SQLException.class, call.getValue(), call.getKey());
      assertEquals("08003", e.getSQLState(), call.getKey());
    }
    assertFalse(rs.isClosed());
    rs.close();
    assertTrue(rs.isClosed());
  }

  @Test
  void warningsAreTheStatementsUntilCleared() throws SQLException {
    assertNull(rs.getWarnings());
    SQLWarning scan = new SQLWarning("Full SCAN of table t", "01000");
    host.warnings = scan;
    assertSame(scan, rs.getWarnings());
    rs.clearWarnings();
    assertNull(rs.getWarnings());
    host.warnings = new SQLWarning("Full SCAN of table t, more rows", "01000");
    assertNull(rs.getWarnings(), "cleared warnings stay cleared, as today's driver has it");
  }

  @Test
  void itIsForwardOnlyReadOnlyAndHeldOverCommit() throws SQLException {
    assertEquals(ResultSet.TYPE_FORWARD_ONLY, rs.getType());
    assertEquals(ResultSet.CONCUR_READ_ONLY, rs.getConcurrency());
    assertEquals(ResultSet.HOLD_CURSORS_OVER_COMMIT, rs.getHoldability());
    assertEquals(ResultSet.FETCH_FORWARD, rs.getFetchDirection());
    rs.setFetchDirection(ResultSet.FETCH_FORWARD);
    // JDBC setFetchDirection: SQLException when the type is TYPE_FORWARD_ONLY and the direction is not FETCH_FORWARD
    assertEquals("24000", assertThrows(SQLException.class, () -> rs.setFetchDirection(ResultSet.FETCH_REVERSE)).getSQLState());
    assertEquals("24000", assertThrows(SQLException.class, () -> rs.setFetchDirection(ResultSet.FETCH_UNKNOWN)).getSQLState());
    assertEquals("22023", assertThrows(SQLException.class, () -> rs.setFetchDirection(42)).getSQLState());
    assertEquals(ResultSet.FETCH_FORWARD, rs.getFetchDirection());
  }

  @Test
  void theFetchSizeIsTheStatementsUntilSet() throws SQLException {
    assertEquals(0, rs.getFetchSize(), "no statement: 0");
    assertNull(rs.getStatement());
    try (Connection c = DriverManager.getConnection("jdbc:dynasql:mem:resultset-fetch"); Statement st = c.createStatement()) {
      st.setFetchSize(200);
      host.statement = st;
      assertSame(st, rs.getStatement());
      assertEquals(200, rs.getFetchSize());
      rs.setFetchSize(50);
      assertEquals(50, rs.getFetchSize());
      assertEquals(200, st.getFetchSize(), "the statement keeps its own");
      SQLException e = assertThrows(SQLException.class, () -> rs.setFetchSize(-1));
      assertEquals("22023", e.getSQLState(), "as today's driver answers a negative fetch size");
      assertEquals(50, rs.getFetchSize(), "a refused value changes nothing");
    }
  }

  @Test
  void itUnwrapsToItselfOnly() throws SQLException {
    assertSame(rs, rs.unwrap(ResultSet.class));
    assertSame(rs, rs.unwrap(JdbcResultSet.class));
    assertTrue(rs.isWrapperFor(ResultSet.class));
    assertFalse(rs.isWrapperFor(Statement.class));
    assertEquals("HY000", assertThrows(SQLException.class, () -> rs.unwrap(Statement.class)).getSQLState());
  }

  /** Rows in memory (a metadata answer): no statement, no warnings, the connection's lock and open check. */
  @Test
  void rowsInMemoryNeedNoStatement() throws SQLException {
    Object lock = new Object();
    boolean[] open = {true};
    ResultSetHost detached = ResultSetHost.detached(lock, () -> {
      if (!open[0]) throw SqlStates.connectionClosed();
    });
    try (JdbcResultSet rows = JdbcResultSet.of(detached, columns(sql(SqlTypeName.VARCHAR)), List.<Object[]>of(new Object[] {"t"}))) {
      assertNull(rows.getStatement());
      assertNull(rows.getWarnings());
      assertTrue(rows.next());
      assertEquals("t", rows.getString("C1"));
      open[0] = false;
      assertEquals("08003", assertThrows(SQLException.class, rows::next).getSQLState());
    }
    try (JdbcResultSet rows = JdbcResultSet.of(ResultSetHost.detached(lock), columns(sql(SqlTypeName.VARCHAR)), List.of())) {
      assertFalse(rows.next());
    }
    assertThrows(NullPointerException.class, () -> ResultSetHost.detached(null));
  }

  @Test
  void aCursorThatFailsToCloseStillTellsTheHost() {
    JdbcResultSet failing = new JdbcResultSet(host, columns(sql(SqlTypeName.BIGINT)),
        new ResultSetFixtures.CountingCursor(List.of()) {
          @Override public void close() {
            throw new IllegalStateException("enumerator already closed");
          }
        }, 0);
    assertEquals("HY000", assertThrows(SQLException.class, failing::close).getSQLState());
    assertTrue(failing.isClosed());
    assertEquals(List.of(true), host.closes);
  }
}
