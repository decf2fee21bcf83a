package io.dynasql.jdbc;

import java.lang.reflect.Method;
import java.sql.SQLException;

/**
 * The JDBC shape of a statement that changes rows (DML) or the schema (DDL): what each execute
 * method returns for it, and the refusal of {@code executeQuery}, which promises a result set.
 */
final class UpdateResults {
  private UpdateResults() {}

  /** What {@code m} returns for a statement that changed {@code count} rows (DDL: 0). */
  static Object of(Method m, long count) {
    switch (m.getName()) {
      case "execute": return Boolean.FALSE;
      case "executeLargeUpdate": return count;
      default: return (int) Math.min(Integer.MAX_VALUE, count);
    }
  }

  /**
   * Refuses {@code executeQuery} of a statement that returns no rows (SQLState 07000), before it
   * runs: a failed call must change nothing.
   */
  static void refuseQuery(Method m, String what) throws SQLException {
    if (m.getName().equals("executeQuery")) {
      throw new SQLException("executeQuery cannot run " + what + "; use executeUpdate or execute", "07000");
    }
  }
}
