package io.dynasql.jdbc;

import static io.dynasql.jdbc.ResultSetFixtures.columns;
import static io.dynasql.jdbc.ResultSetFixtures.sql;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.Iterator;
import java.util.List;
import org.apache.calcite.linq4j.Enumerator;
import org.apache.calcite.runtime.ArrayEnumeratorCursor;
import org.apache.calcite.runtime.ObjectEnumeratorCursor;
import org.apache.calcite.sql.type.SqlTypeName;
import org.junit.jupiter.api.Test;

/**
 * Rows from Calcite's own cursors over an Enumerable's enumerator, as a query run with Calcite as
 * a library gives them: Object[] rows for several columns, the bare value for one. Closing the
 * result set closes the enumerator (which releases the store's read).
 */
class JdbcResultSetCalciteCursorTest {
  /** An enumerator over fixed rows that counts its closes. */
  static class Rows<T> implements Enumerator<T> {
    private final List<T> rows;
    private Iterator<T> it;
    private T current;
    int closes;

    Rows(List<T> rows) {
      this.rows = rows;
      reset();
    }

    @Override public T current() {
      return current;
    }

    @Override public boolean moveNext() {
      if (!it.hasNext()) return false;
      current = it.next();
      return true;
    }

    @Override public void reset() {
      it = rows.iterator();
    }

    @Override public void close() {
      closes++;
    }
  }

  private final ResultSetFixtures.RecordingHost host = new ResultSetFixtures.RecordingHost();

  @Test
  void severalColumnsComeAsArrays() throws SQLException {
    Rows<Object[]> rows = new Rows<>(List.of(new Object[] {"a", 1L}, new Object[] {null, 2L}));
    try (JdbcResultSet rs = new JdbcResultSet(host, columns(sql(SqlTypeName.VARCHAR), sql(SqlTypeName.BIGINT)),
        new ArrayEnumeratorCursor(rows), 0)) {
      assertTrue(rs.next());
      assertEquals("a", rs.getString(1));
      assertEquals(1, rs.getInt("c2"));
      assertTrue(rs.next());
      assertNull(rs.getString(1));
      assertTrue(rs.wasNull());
      assertFalse(rs.next());
      assertEquals(0, rows.closes);
    }
    assertEquals(1, rows.closes, "closing the result set closes the enumerator");
  }

  @Test
  void oneColumnComesAsTheValueItself() throws SQLException {
    Rows<Object> rows = new Rows<>(List.of(7L, 8L, 9L));
    try (JdbcResultSet rs = new JdbcResultSet(host, columns(sql(SqlTypeName.BIGINT)), new ObjectEnumeratorCursor(rows), 2)) {
      assertTrue(rs.next());
      assertEquals(7L, rs.getObject(1));
      assertTrue(rs.next());
      assertEquals("8", rs.getString(1));
      assertFalse(rs.next(), "maxRows 2");
    }
    assertEquals(1, rows.closes);
  }

  @Test
  void anEnumeratorThatFailsIsTheQuerysError() throws SQLException {
    Enumerator<Object[]> failing = new Rows<>(List.<Object[]>of()) {
      @Override public boolean moveNext() {
        throw new ArithmeticException("BIGINT overflow");
      }
    };
    try (JdbcResultSet rs = new JdbcResultSet(host, columns(sql(SqlTypeName.BIGINT)), new ArrayEnumeratorCursor(failing), 0)) {
      assertEquals("22003", assertThrows(SQLException.class, rs::next).getSQLState());
    }
  }
}
