package io.dynasql.jdbc;

import static io.dynasql.jdbc.ResultSetFixtures.columns;
import static io.dynasql.jdbc.ResultSetFixtures.sql;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.calcite.sql.type.SqlTypeName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * What a forward-only, read-only result set refuses. Every change of a row: 0A000 naming the
 * method (CONCUR_READ_ONLY). Every move but next(): a SQLException 24000, as the JDBC 4.3 javadoc
 * asks when "the result set type is TYPE_FORWARD_ONLY"
 * (https://docs.oracle.com/en/java/javase/17/docs/api/java.sql/java/sql/ResultSet.html#previous()).
 */
class JdbcResultSetRefusalsTest {
  private final JdbcResultSet rs = JdbcResultSet.of(new ResultSetFixtures.RecordingHost(), columns(sql(SqlTypeName.BIGINT)),
      List.<Object[]>of(new Object[] {1L}, new Object[] {2L}));

  /** Every update method of java.sql.ResultSet, and the other row changes. */
  private static List<Method> changes() {
    List<Method> out = new ArrayList<>();
    for (Method m : ResultSet.class.getMethods()) {
      if (m.getName().startsWith("update") || List.of("insertRow", "deleteRow", "refreshRow", "cancelRowUpdates",
          "moveToInsertRow", "moveToCurrentRow").contains(m.getName())) {
        out.add(m);
      }
    }
    return out;
  }

  private static SQLException thrownBy(Method m, ResultSet rs) throws IllegalAccessException {
    try {
      m.invoke(rs, ResultSetFixtures.arguments(m));
    } catch (InvocationTargetException e) {
      return assertInstanceOf(SQLException.class, e.getCause(), m.toString());
    }
    throw new AssertionError(m + " did not refuse");
  }

  @Test
  void everyChangeOfARowIs0A000NamingTheMethod() throws Exception {
    assertTrue(rs.next());
    List<Method> changes = changes();
    assertEquals(93, changes.size(), "java.sql.ResultSet's update methods and row changes");
    for (Method m : changes) {
      SQLException e = thrownBy(m, rs);
      assertInstanceOf(SQLFeatureNotSupportedException.class, e, m.toString());
      assertEquals("0A000", e.getSQLState(), m.toString());
      assertTrue(e.getMessage().contains(m.getName()), e.getMessage());
    }
    assertEquals(1L, rs.getLong(1), "nothing changed");
    assertFalse(rs.rowUpdated());
    assertFalse(rs.rowInserted());
    assertFalse(rs.rowDeleted());
  }

  @Test
  void aChangeOnAClosedResultSetIsTheClosedError() throws Exception {
    rs.close();
    for (Method m : changes()) assertEquals("24000", thrownBy(m, rs).getSQLState(), m.toString());
  }

  @Test
  void everyMoveButNextIs24000() throws SQLException {
    assertTrue(rs.next());
    Map<String, Executable> moves = new LinkedHashMap<>();
    moves.put("absolute", () -> rs.absolute(1));
    moves.put("relative", () -> rs.relative(1));
    moves.put("previous", rs::previous);
    moves.put("first", rs::first);
    moves.put("last", rs::last);
    moves.put("beforeFirst", rs::beforeFirst);
    moves.put("afterLast", rs::afterLast);
    for (Map.Entry<String, Executable> move : moves.entrySet()) {
      SQLException e = assertThrows(SQLException.class, move.getValue(), move.getKey());
      assertFalse(e instanceof SQLFeatureNotSupportedException, "0A000 would make a pool drop the connection");
      assertEquals("24000", e.getSQLState(), move.getKey());
      assertTrue(e.getMessage().contains(move.getKey()), e.getMessage());
    }
    assertEquals(1, rs.getRow(), "the cursor did not move");
    assertTrue(rs.next());
    assertEquals(2L, rs.getLong(1));
  }

  /** isLast is optional for TYPE_FORWARD_ONLY: false off a row, unsupported on one (it would need to read ahead). */
  @Test
  void isLastIsFalseOffARowAndUnsupportedOnOne() throws SQLException {
    assertFalse(rs.isLast());
    assertTrue(rs.next());
    assertEquals("0A000", assertThrows(SQLFeatureNotSupportedException.class, rs::isLast).getSQLState());
    assertTrue(rs.next());
    assertFalse(rs.next());
    assertFalse(rs.isLast());
  }

  @Test
  void cursorsHaveNoNames() {
    assertEquals("0A000", assertThrows(SQLFeatureNotSupportedException.class, rs::getCursorName).getSQLState());
  }
}
