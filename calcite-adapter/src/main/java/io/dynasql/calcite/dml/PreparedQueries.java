package io.dynasql.calcite.dml;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The queries DML runs (an UPDATE's read of its rows, an INSERT's computed values), prepared
 * once per Calcite connection and SQL text: planning takes milliseconds, a key lookup
 * microseconds, so a prepared UPDATE executed many times must not be planned each time. The
 * driver serialises a connection's calls, so one connection's statements are never run
 * concurrently. {@link #release} closes a connection's statements (when it closes, or its
 * schema changed).
 */
public final class PreparedQueries {
  /** Statements kept per connection, least recently used dropped first. */
  static final int CAPACITY = 64;
  private static final Map<Connection, PreparedQueries> BY_CONNECTION = new ConcurrentHashMap<>();

  private final Map<String, PreparedStatement> statements = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
      if (size() <= CAPACITY) return false;
      closeQuietly(eldest.getValue());
      return true;
    }
  };

  private PreparedQueries() {}

  /** The statement for {@code sql} on {@code calcite}, prepared on first use. */
  static synchronized PreparedStatement get(Connection calcite, String sql) throws SQLException {
    PreparedQueries q = BY_CONNECTION.computeIfAbsent(calcite, c -> new PreparedQueries());
    PreparedStatement ps = q.statements.get(sql);
    if (ps == null || ps.isClosed()) {
      ps = calcite.prepareStatement(sql);
      q.statements.put(sql, ps);
    }
    return ps;
  }

  /** Forgets {@code sql}'s statement (it failed in a way a new plan may not: its table was replaced). */
  static synchronized void forget(Connection calcite, String sql) {
    PreparedQueries q = BY_CONNECTION.get(calcite);
    if (q != null) closeQuietly(q.statements.remove(sql));
  }

  /** Closes and forgets every statement prepared on {@code calcite}. */
  public static synchronized void release(Connection calcite) {
    PreparedQueries q = BY_CONNECTION.remove(calcite);
    if (q != null) q.statements.values().forEach(PreparedQueries::closeQuietly);
  }

  private static void closeQuietly(PreparedStatement ps) {
    if (ps == null) return;
    try {
      ps.close();
    } catch (SQLException ignored) {
      // closing a statement of a closing connection: nothing to report
    }
  }
}
