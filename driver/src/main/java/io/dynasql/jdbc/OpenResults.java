package io.dynasql.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The result sets a statement has open: the current one (of the last execution) and the one
 * getGeneratedKeys gave. A new execution, getMoreResults or the statement's close closes them.
 */
final class OpenResults {
  private ResultSetHandler current;
  private ResultSetHandler keys;

  /** Makes {@code rs} the current result set and returns what the caller sees. */
  ResultSet current(ResultSetHandler rs) {
    current = rs;
    return rs.proxy();
  }

  /** The current result set as the caller sees it, or null. */
  ResultSet current() {
    return current == null ? null : current.proxy();
  }

  /** getMoreResults(KEEP_CURRENT_RESULT): the result set stays open but is no longer current. */
  void keepButForget() {
    current = null;
  }

  /** Replaces the generated-keys result set, closing the previous one. */
  ResultSet keys(ResultSetHandler rs) throws SQLException {
    closeKeys();
    keys = rs;
    return rs.proxy();
  }

  /** Closes both, if open. */
  void closeAll() throws SQLException {
    ResultSetHandler rs = current;
    current = null;
    try {
      if (rs != null) rs.close(false);
    } finally {
      closeKeys();
    }
  }

  /** Forgets {@code rs}, which has been closed. */
  void closed(ResultSetHandler rs) {
    if (current == rs) current = null;
    if (keys == rs) keys = null;
  }

  private void closeKeys() throws SQLException {
    ResultSetHandler k = keys;
    keys = null;
    if (k != null) k.close(false);
  }
}
