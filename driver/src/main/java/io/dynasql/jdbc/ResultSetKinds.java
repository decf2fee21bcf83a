package io.dynasql.jdbc;

import io.dynasql.calcite.SqlState;
import java.sql.ResultSet;
import java.sql.SQLWarning;

/**
 * The one kind of result set dynasql makes: forward-only (rows are read lazily from the store),
 * read-only, and held over commit (a commit applies pending writes; it does not touch reads). A
 * request for another kind is downgraded to it, with a SQLWarning 01S02 on the connection, as
 * JDBC allows; DatabaseMetaData says the same.
 */
final class ResultSetKinds {
  private ResultSetKinds() {}

  /**
   * Rewrites the type, concurrency and holdability arguments of createStatement / prepareStatement
   * starting at {@code from}; returns the warning for what changed, or null.
   */
  static SQLWarning downgrade(Object[] args, int from) {
    StringBuilder changed = new StringBuilder();
    if (args.length > from && !args[from].equals(ResultSet.TYPE_FORWARD_ONLY)) {
      changed.append(" type ").append(args[from]).append(" -> TYPE_FORWARD_ONLY;");
      args[from] = ResultSet.TYPE_FORWARD_ONLY;
    }
    if (args.length > from + 1 && !args[from + 1].equals(ResultSet.CONCUR_READ_ONLY)) {
      changed.append(" concurrency ").append(args[from + 1]).append(" -> CONCUR_READ_ONLY;");
      args[from + 1] = ResultSet.CONCUR_READ_ONLY;
    }
    if (args.length > from + 2 && !args[from + 2].equals(ResultSet.HOLD_CURSORS_OVER_COMMIT)) {
      changed.append(" holdability ").append(args[from + 2]).append(" -> HOLD_CURSORS_OVER_COMMIT;");
      args[from + 2] = ResultSet.HOLD_CURSORS_OVER_COMMIT;
    }
    if (changed.length() == 0) return null;
    return new SQLWarning("dynasql result sets are forward-only, read-only and held over commit; changed" + changed, SqlState.OPTION_VALUE_CHANGED.code());
  }

}
