package io.dynasql.calcite.dml;

/**
 * Told how many rows the query of an {@code INSERT … SELECT} has read so far, after each row, so
 * that a long copy from a source can show its progress while it runs (the shell prints it). It
 * runs on the statement's thread and must be quick: it decides by itself how often to say anything.
 */
@FunctionalInterface
public interface RowProgress {
  /** No one is told. */
  RowProgress NONE = rows -> { };

  /** {@code rows} rows have been read so far (1, 2, 3, …). */
  void rowsRead(long rows);
}
