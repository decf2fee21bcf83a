package io.dynasql.tck.conformance;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What one engine did with one statement: rows, an update count, or an SQLException (its
 * SQLState and message). Runner commands ({@code !autocommit off}, {@code !commit},
 * {@code !rollback}) act on the connection and answer an update count of 0.
 */
record Answer(List<List<Object>> rows, Long count, String sqlState, String message) {
  static Answer of(Connection conn, String sql) {
    try {
      if (sql.startsWith("!")) return command(conn, sql.substring(1).strip());
      try (Statement st = conn.createStatement()) {
        if (!st.execute(sql)) return new Answer(null, (long) st.getUpdateCount(), null, null);
        try (ResultSet rs = st.getResultSet()) {
          int n = rs.getMetaData().getColumnCount();
          List<List<Object>> rows = new ArrayList<>();
          while (rs.next()) {
            Object[] row = new Object[n];
            for (int i = 0; i < n; i++) row[i] = rs.getObject(i + 1);
            rows.add(Arrays.asList(row));
          }
          return new Answer(rows, null, null, null);
        }
      }
    } catch (SQLException e) {
      return new Answer(null, null, String.valueOf(e.getSQLState()), e.getMessage());
    }
  }

  private static Answer command(Connection conn, String command) throws SQLException {
    switch (command) {
      case "autocommit off": conn.setAutoCommit(false); break;
      case "autocommit on": conn.setAutoCommit(true); break;
      case "commit": conn.commit(); break;
      case "rollback": conn.rollback(); break;
      default: throw new IllegalArgumentException("unknown runner command !" + command);
    }
    return new Answer(null, 0L, null, null);
  }

  boolean failed() {
    return sqlState != null;
  }

  /** The answer as a script would write it, so a failure shows what to compare. */
  String describe() {
    if (failed()) return "error " + sqlState + " (" + message + ")";
    if (count != null) return "count " + count;
    if (rows.isEmpty()) return "empty";
    return "rows\n" + rows.stream()
        .map(r -> r.stream().map(Cells::show).collect(Collectors.joining(" | ", "-- | ", " |")))
        .collect(Collectors.joining("\n"));
  }
}
