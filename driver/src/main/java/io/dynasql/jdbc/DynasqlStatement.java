package io.dynasql.jdbc;

import io.dynasql.pushdown.AccessReport;

/**
 * What {@code statement.unwrap(DynasqlStatement.class)} gives: the access report of the last
 * statement executed, updated as its rows are fetched.
 */
public interface DynasqlStatement {
  /** The report of the last execution, or null before the first one. */
  AccessReport accessReport();

  /** The report as priced lines, one per table access. */
  java.util.List<AccessLine> accessLines();

  /**
   * Who is told, after each row, how many rows the query of an {@code INSERT … SELECT} run by this
   * statement has read so far (the shell prints a long copy's progress with it);
   * {@link io.dynasql.calcite.dml.RowProgress#NONE} to stop.
   */
  void progress(io.dynasql.calcite.dml.RowProgress listener);
}
