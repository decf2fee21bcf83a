package io.dynasql.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A connection's cache of planned statements, keyed by parameterised SQL text. A statement is
 * lent to one execution at a time (checked out, then returned when its rows are done), so two
 * open result sets never share one. Bounded: the least recently used texts are closed.
 */
final class PlanPool implements AutoCloseable {
  /** A planned statement and what planning learnt about it. */
  record Plan(String sql, PreparedStatement statement, boolean farFromData, LiftedTypes.Param[] params) {
    /** A plan whose parameters are not lifted literals (metadata queries). */
    Plan(String sql, PreparedStatement statement, boolean farFromData) {
      this(sql, statement, farFromData, null);
    }
  }

  static final int MAX_TEXTS = 256;

  private final LinkedHashMap<String, ArrayDeque<Plan>> idle = new LinkedHashMap<>(16, 0.75f, true);

  /** An idle plan for {@code sql}, or null. */
  synchronized Plan checkout(String sql) {
    ArrayDeque<Plan> q = idle.get(sql);
    return q == null ? null : q.poll();
  }

  /** Returns a plan after use. */
  synchronized void checkin(Plan p) {
    idle.computeIfAbsent(p.sql(), k -> new ArrayDeque<>()).push(p);
    while (idle.size() > MAX_TEXTS) {
      Iterator<Map.Entry<String, ArrayDeque<Plan>>> it = idle.entrySet().iterator();
      closeAll(it.next().getValue());
      it.remove();
    }
  }

  @Override
  public synchronized void close() {
    for (ArrayDeque<Plan> q : idle.values()) closeAll(q);
    idle.clear();
  }

  private static void closeAll(ArrayDeque<Plan> q) {
    for (Plan p : q) {
      try {
        p.statement().close();
      } catch (SQLException e) {
        // closing a cached statement of a connection that is going away: nothing to recover
      }
    }
  }
}
