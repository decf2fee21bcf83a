package io.dynasql.jdbc;

import io.dynasql.calcite.SqlState;
import java.sql.SQLException;

/**
 * Which JDBC method runs a statement: it decides what the call returns (a result set, a flag, a
 * count) and which statements it refuses before they run.
 */
enum Call {
  /** {@code execute}: true when there is a result set. */
  EXECUTE,
  /** {@code executeQuery}: a result set, so a statement without rows is refused (07000). */
  QUERY,
  /** {@code executeUpdate}: an int count, so a query is refused (07000). */
  UPDATE,
  /** {@code executeLargeUpdate}: a long count. */
  LARGE_UPDATE;

  /** What this call returns for a statement that changed {@code count} rows (DDL: 0). */
  Object updated(long count) {
    switch (this) {
      case EXECUTE: return Boolean.FALSE;
      case LARGE_UPDATE: return count;
      default: return (int) Math.min(Integer.MAX_VALUE, count);
    }
  }

  /** Refuses {@code executeQuery} of a statement that returns no rows, before it runs. */
  void refuseNoRows(String what) throws SQLException {
    if (this == QUERY) throw new SQLException("executeQuery cannot run " + what + "; use executeUpdate or execute", SqlState.STATEMENT_KIND_MISMATCH.code());
  }

  /** Refuses {@code executeUpdate} of a query, before it runs. */
  void refuseRows(String what) throws SQLException {
    if (this == UPDATE || this == LARGE_UPDATE) {
      throw new SQLException(name(this) + " cannot run a query (" + what + "); use executeQuery or execute", SqlState.STATEMENT_KIND_MISMATCH.code());
    }
  }

  /**
   * Refuses {@code executeUpdate} of a statement that changes something and answers with a result
   * set (BACKUP TABLE's backup ARN), before it runs: JDBC's executeUpdate throws when "the given SQL
   * statement produces a ResultSet object".
   */
  void refuseAnswer(String what) throws SQLException {
    if (this == UPDATE || this == LARGE_UPDATE) {
      throw new SQLException(name(this) + " cannot run " + what + ": it answers with a result set (one row, with its ARN);"
          + " use execute or executeQuery", SqlState.STATEMENT_KIND_MISMATCH.code());
    }
  }

  private static String name(Call c) {
    return c == LARGE_UPDATE ? "executeLargeUpdate" : "executeUpdate";
  }
}
