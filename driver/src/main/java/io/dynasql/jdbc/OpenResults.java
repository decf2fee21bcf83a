package io.dynasql.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The result sets a statement has open: the current one (of the last execution) and the one
 * getGeneratedKeys gave. A new execution, getMoreResults or the statement's close closes them.
 */
final class OpenResults {
  private JdbcResultSet current;
  private JdbcResultSet keys;

  /** Makes {@code rs} the current result set. */
  JdbcResultSet current(JdbcResultSet rs) {
    current = rs;
    return rs;
  }

  /** The current result set, or null. */
  ResultSet current() {
    return current;
  }

  /** getMoreResults(KEEP_CURRENT_RESULT): the result set stays open but is no longer current. */
  void keepButForget() {
    current = null;
  }

  /** Replaces the generated-keys result set, closing the previous one. */
  ResultSet keys(JdbcResultSet rs) throws SQLException {
    closeKeys();
    keys = rs;
    return rs;
  }

  /** Closes both, if open; the statement closes them, not the caller. */
  void closeAll() throws SQLException {
    JdbcResultSet rs = current;
    current = null;
    try {
      if (rs != null) rs.close(false);
    } finally {
      closeKeys();
    }
  }

  /** Forgets {@code rs}, which has been closed. */
  void closed(JdbcResultSet rs) {
    if (current == rs) current = null;
    if (keys == rs) keys = null;
  }

  private void closeKeys() throws SQLException {
    JdbcResultSet k = keys;
    keys = null;
    if (k != null) k.close(false);
  }
}
