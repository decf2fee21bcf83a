package io.dynasql.jdbc;

import static io.dynasql.jdbc.ResultSetFixtures.columns;
import static io.dynasql.jdbc.ResultSetFixtures.sql;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.List;
import org.apache.calcite.sql.type.SqlTypeName;
import org.junit.jupiter.api.Test;

/**
 * Moving through a result set: next() as one step of the host each, the position JDBC's
 * isBeforeFirst / isFirst / isAfterLast / getRow report, maxRows, and the errors of a step.
 * JDBC: https://docs.oracle.com/en/java/javase/17/docs/api/java.sql/java/sql/ResultSet.html
 */
class JdbcResultSetNavigationTest {
  private final ResultSetFixtures.RecordingHost host = new ResultSetFixtures.RecordingHost();

  private static List<Object[]> rows(int n) {
    return java.util.stream.IntStream.rangeClosed(1, n).mapToObj(i -> new Object[] {(long) i, "r" + i}).toList();
  }

  private JdbcResultSet over(ResultSetFixtures.CountingCursor cursor, long maxRows) {
    return new JdbcResultSet(host, columns(sql(SqlTypeName.BIGINT), sql(SqlTypeName.VARCHAR)), cursor, maxRows);
  }

  @Test
  void eachNextIsOneStepOfTheHostAndThePositionFollows() throws SQLException {
    ResultSetFixtures.CountingCursor cursor = new ResultSetFixtures.CountingCursor(rows(2));
    try (JdbcResultSet rs = over(cursor, 0)) {
      assertTrue(rs.isBeforeFirst());
      assertFalse(rs.isFirst());
      assertEquals(0, rs.getRow());
      assertTrue(rs.next());
      assertFalse(rs.isBeforeFirst());
      assertTrue(rs.isFirst());
      assertEquals(1, rs.getRow());
      assertEquals(1L, rs.getLong(1));
      assertTrue(rs.next());
      assertFalse(rs.isFirst());
      assertEquals(2, rs.getRow());
      assertEquals("r2", rs.getString("C2"));
      assertFalse(rs.isAfterLast());
      assertFalse(rs.next());
      assertTrue(rs.isAfterLast());
      assertEquals(0, rs.getRow());
      assertFalse(rs.next(), "past the end, next() stays false");
      assertEquals(3, host.steps, "the step past the end is not repeated");
      assertEquals(3, cursor.moves);
      assertEquals(1, host.exhausted, "the host hears of the end once");
    }
  }

  /** JDBC: isBeforeFirst and isAfterLast are false for a result set with no rows. */
  @Test
  void anEmptySetIsNeitherBeforeFirstNorAfterLastOnceKnownEmpty() throws SQLException {
    try (JdbcResultSet rs = over(new ResultSetFixtures.CountingCursor(rows(0)), 0)) {
      assertFalse(rs.next());
      assertFalse(rs.isBeforeFirst());
      assertFalse(rs.isAfterLast());
      assertEquals(1, host.exhausted);
    }
  }

  /** Statement.setMaxRows: "the excess rows are silently dropped". */
  @Test
  void maxRowsStopsWithoutReadingFurther() throws SQLException {
    ResultSetFixtures.CountingCursor cursor = new ResultSetFixtures.CountingCursor(rows(5));
    try (JdbcResultSet rs = over(cursor, 2)) {
      assertTrue(rs.next());
      assertTrue(rs.next());
      assertFalse(rs.next());
      assertTrue(rs.isAfterLast());
      assertEquals(2, cursor.moves, "the third row is never read");
      assertEquals(2, host.steps);
      assertEquals(1, host.exhausted);
    }
    assertThrows(IllegalArgumentException.class, () -> over(new ResultSetFixtures.CountingCursor(rows(1)), -1));
  }

  @Test
  void readingOffARowIs24000() throws SQLException {
    try (JdbcResultSet rs = over(new ResultSetFixtures.CountingCursor(rows(1)), 0)) {
      assertEquals("24000", assertThrows(SQLException.class, () -> rs.getLong(1)).getSQLState());
      assertTrue(rs.next());
      assertFalse(rs.next());
      SQLException e = assertThrows(SQLException.class, () -> rs.getString("c2"));
      assertEquals("24000", e.getSQLState());
    }
  }

  @Test
  void wasNullFollowsTheLastValueRead() throws SQLException {
    List<Object[]> rows = List.<Object[]>of(new Object[] {null, "x"});
    try (JdbcResultSet rs = over(new ResultSetFixtures.CountingCursor(rows), 0)) {
      assertTrue(rs.next());
      assertEquals(0L, rs.getLong(1));
      assertTrue(rs.wasNull());
      assertEquals("x", rs.getString(2));
      assertFalse(rs.wasNull());
      assertNull(rs.getObject(1));
      assertTrue(rs.wasNull());
    }
  }

  /** What the query fails with while rows are read is a SQLException with a state, as SqlStates maps it. */
  @Test
  void aFailingStepIsASqlExceptionWithItsState() throws SQLException {
    ResultSetFixtures.CountingCursor cursor = new ResultSetFixtures.CountingCursor(rows(2));
    try (JdbcResultSet rs = over(cursor, 0)) {
      cursor.failNext = new io.dynasql.calcite.DivisionByZeroException(); // what a guarded divisor throws
      assertEquals("22012", assertThrows(SQLException.class, rs::next).getSQLState());
      cursor.failNext = new ArithmeticException("long overflow"); // any other: by type, not by its words
      assertEquals("22003", assertThrows(SQLException.class, rs::next).getSQLState());
      cursor.failNext = new ClassCastException("java.lang.String cannot be cast to java.lang.Long");
      assertEquals("22018", assertThrows(java.sql.SQLDataException.class, rs::next).getSQLState());
      cursor.failNext = new IllegalStateException("something else");
      assertEquals("HY000", assertThrows(SQLException.class, rs::next).getSQLState());
      assertEquals(0, host.exhausted, "a failure is not the end");
    }
  }
}
