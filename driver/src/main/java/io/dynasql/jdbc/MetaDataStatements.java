package io.dynasql.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The prepared statements behind DatabaseMetaData's result sets, kept per SQL text: planning one
 * costs tens of milliseconds and tools call getColumns, getPrimaryKeys and getIndexInfo once per
 * table. A statement is reused once the result set it last gave is closed, since executing it
 * again would close that one under its reader. It uses only the connection's public JDBC API.
 */
final class MetaDataStatements {
  /** Statements kept per text; a caller holding more open result sets of one text gets throwaway ones. */
  static final int KEPT_PER_TEXT = 4;

  /** A kept statement and the result set it gave last (null before its first run). */
  private static final class Lease {
    final PreparedStatement statement;
    ResultSet last;

    Lease(PreparedStatement statement) {
      this.statement = statement;
    }

    boolean free() throws SQLException {
      return last == null || last.isClosed();
    }
  }

  private final Connection connection;
  private final Map<String, List<Lease>> kept = new HashMap<>();

  MetaDataStatements(Connection connection) {
    this.connection = connection;
  }

  /** Runs {@code sql} with {@code params} bound in order and returns its rows. */
  synchronized ResultSet query(String sql, Object... params) throws SQLException {
    Lease lease = lease(sql);
    PreparedStatement ps = lease != null ? lease.statement : connection.prepareStatement(sql);
    if (lease == null) ps.closeOnCompletion(); // a throwaway: it goes when its rows are closed
    for (int i = 0; i < params.length; i++) ps.setObject(i + 1, params[i]);
    ResultSet rs = ps.executeQuery();
    if (lease != null) lease.last = rs;
    return rs;
  }

  /** A free kept statement for {@code sql}, a new kept one if there is room, else null. */
  private Lease lease(String sql) throws SQLException {
    List<Lease> leases = kept.computeIfAbsent(sql, k -> new ArrayList<>());
    leases.removeIf(l -> isClosed(l.statement)); // closed by the caller through ResultSet.getStatement, or by DDL
    for (Lease l : leases) if (l.free()) return l;
    if (leases.size() >= KEPT_PER_TEXT) return null;
    Lease l = new Lease(connection.prepareStatement(sql));
    leases.add(l);
    return l;
  }

  private static boolean isClosed(PreparedStatement ps) {
    try {
      return ps.isClosed();
    } catch (SQLException e) {
      return true;
    }
  }
}
