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
}
