package io.dynasql.jdbc;

/**
 * Where a forward-only result set stands, and how many rows it may still give: before the first
 * row, on row n, or past the end. The limit is the statement's maxRows when it ran (0: none);
 * rows beyond it are dropped silently, as {@code Statement.setMaxRows} says.
 */
final class RowPosition {
  private final long maxRows;
  /** Rows given so far; the current row's number while on one. */
  private long given;
  private boolean started;
  private boolean ended;

  RowPosition(long maxRows) {
    if (maxRows < 0) throw new IllegalArgumentException("maxRows " + maxRows + " < 0");
    this.maxRows = maxRows;
  }

  /** Whether the limit allows no more rows. */
  boolean limitReached() {
    return maxRows > 0 && given >= maxRows;
  }

  /** Whether next() has already answered false. */
  boolean ended() {
    return ended;
  }

  /** next() moved to a row. */
  void advanced() {
    started = true;
    given++;
  }

  /** next() answered false. */
  void end() {
    started = true;
    ended = true;
  }

  /** Whether the cursor is on a row (the getters have a value to read). */
  boolean onRow() {
    return started && !ended;
  }

  /** JDBC's isBeforeFirst: false once next() was called, and for a set found to be empty. */
  boolean beforeFirst() {
    return !started;
  }

  /** JDBC's isAfterLast: past the last row of a set that had rows. */
  boolean afterLast() {
    return ended && given > 0;
  }

  /** JDBC's getRow: the current row's number, 0 when not on a row (one past int's range: 0 too). */
  int row() {
    return onRow() && given <= Integer.MAX_VALUE ? (int) given : 0;
  }
}
