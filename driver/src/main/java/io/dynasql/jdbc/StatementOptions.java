package io.dynasql.jdbc;

import java.sql.SQLException;

/**
 * The settings of one statement that dynasql keeps itself rather than in Calcite's statement:
 * the query timeout and max rows (which the driver enforces on every path, cached plans
 * included) and closeOnCompletion (the driver closes its own statement). Negative values are
 * 22023.
 */
final class StatementOptions {
  /** What {@link #answer} returns for a method that is not one of these settings. */
  static final Object NOT_AN_OPTION = new Object();

  /** Seconds each call may run (setQueryTimeout), 0 for no limit. */
  int queryTimeout;
  /** The most rows a result set gives (setMaxRows), 0 for no limit. */
  long maxRows;
  boolean closeOnCompletion;

  /** Answers a setting's getter or setter, or returns {@link #NOT_AN_OPTION}. */
  Object answer(String method, Object[] args) throws SQLException {
    switch (method) {
      case "setQueryTimeout":
        queryTimeout = (int) nonNegative("query timeout", args);
        return null;
      case "getQueryTimeout": return queryTimeout;
      case "setMaxRows": case "setLargeMaxRows":
        maxRows = nonNegative("maxRows", args);
        return null;
      case "getMaxRows": return (int) Math.min(Integer.MAX_VALUE, maxRows);
      case "getLargeMaxRows": return maxRows;
      case "closeOnCompletion":
        closeOnCompletion = true;
        return null;
      case "isCloseOnCompletion": return closeOnCompletion;
      default: return NOT_AN_OPTION;
    }
  }

  static long nonNegative(String what, Object[] args) throws SQLException {
    long n = ((Number) args[0]).longValue();
    if (n < 0) throw SqlStates.invalidArgument(what + " " + n + " < 0");
    return n;
  }
}
