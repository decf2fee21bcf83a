package io.dynasql.jdbc;

import java.util.List;
import org.apache.calcite.avatica.ColumnMetaData;
import org.apache.calcite.avatica.Meta;
import org.apache.calcite.avatica.MetaImpl;
import org.apache.calcite.avatica.util.Cursor;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Enumerator;
import org.apache.calcite.runtime.ArrayEnumeratorCursor;
import org.apache.calcite.runtime.ObjectEnumeratorCursor;

/**
 * The cursor a result set reads an execution's rows through. Avatica's iterator-based cursors
 * ({@code MetaImpl.createCursor}) go through linq4j's iterator, which always holds the next row:
 * the store access then read, and reported as returned, a row nobody asked for (the 6th of
 * {@code setMaxRows(5)}). Here the first row is read when the statement executes (so a SCAN's
 * warning, or a value that cannot be read, surfaces at execute, as JDBC callers expect) and each
 * later row only when the result set moves to it.
 */
final class RowCursors {
  private RowCursors() {}

  /** A cursor over {@code rows}, laid out as {@code factory} says (arrays, or one object per row). */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static Cursor of(Meta.CursorFactory factory, Enumerable<Object> rows, List<ColumnMetaData> columns) {
    StoredDecimals decimals = StoredDecimals.of(columns);
    switch (factory.style) {
      case OBJECT:
        return new ObjectEnumeratorCursor(new Primed<>(rows.enumerator(), decimals));
      case ARRAY:
        return new ArrayEnumeratorCursor((Enumerator) new Primed<>(rows.enumerator(), decimals));
      default:
        return MetaImpl.createCursor(factory, rows); // lists, records, maps: not what dynasql's plans give
    }
  }

  /**
   * An enumerator whose first move is made when it is created, and every other one when asked;
   * each move also takes the row (generated code computes a row's expressions in {@code current()}),
   * so an error computing it (22012 for a division by zero, ...) is the move's, not a column's.
   */
  @SuppressWarnings("unchecked")
  private static final class Primed<T> implements Enumerator<T> {
    private final Enumerator<T> in;
    private final StoredDecimals decimals;
    /** Whether the first move found a row, until that answer is handed out; then null. */
    private Boolean first;
    private T row;

    Primed(Enumerator<T> in, StoredDecimals decimals) {
      this.in = in;
      this.decimals = decimals;
      this.first = move();
    }

    private boolean move() {
      boolean moved = in.moveNext();
      row = moved ? in.current() : null;
      if (moved && decimals != null) row = (T) decimals.apply(row);
      return moved;
    }

    @Override
    public T current() {
      return row;
    }

    @Override
    public boolean moveNext() {
      if (first != null) {
        boolean moved = first;
        first = null;
        return moved;
      }
      return move();
    }

    @Override
    public void reset() {
      first = null;
      row = null;
      in.reset();
    }

    @Override
    public void close() {
      in.close();
    }
  }
}
