package io.dynasql.tck.sql;

import io.dynasql.jdbc.AccessLine;
import io.dynasql.jdbc.DynasqlConnection;
import io.dynasql.jdbc.DynasqlStatement;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The three engines every query runs on, holding one {@link DataSet}: dynasql with pushdown,
 * the same dynasql database through a {@code pushdown=false} connection (every table access a
 * plain SCAN, the rest done by Calcite), and H2 in memory, the reference.
 */
final class Engines implements AutoCloseable {
  private static final AtomicInteger NEXT = new AtomicInteger();

  final DataSet data;
  final Connection pushdown;
  final Connection plain;
  final Connection h2;

  private Engines(DataSet data, Connection pushdown, Connection plain, Connection h2) {
    this.data = data;
    this.pushdown = pushdown;
    this.plain = plain;
    this.h2 = h2;
  }

  /** The three engines, each holding {@code data}. */
  static Engines open(DataSet data) throws SQLException {
    String name = "sqldiff" + NEXT.incrementAndGet();
    Connection on = DriverManager.getConnection("jdbc:dynasql:mem:" + name + ";scan=allow");
    Loader.dynasql(on, on.unwrap(DynasqlConnection.class).database(), data);
    Connection off = DriverManager.getConnection("jdbc:dynasql:mem:" + name + ";scan=allow;pushdown=false");
    Connection h2 = DriverManager.getConnection("jdbc:h2:mem:" + name);
    Loader.h2(h2, data);
    return new Engines(data, on, off, h2);
  }

  /**
   * The three answers to one query.
   *
   * @param accesses the table accesses the pushdown chose, as "GET orders", "QUERY orders.byStatus"
   */
  record Answers(Result pushdown, Result plain, Result h2, List<String> accesses) {
    /** Null when all three agree on {@code q}, else a report of the query and the three answers. */
    String disagreement(Query q) {
      String on = Comparison.difference(h2, pushdown, q.ordered());
      String off = Comparison.difference(h2, plain, q.ordered());
      if (on == null && off == null) return null;
      return "\n  query:    " + q.sql()
          + "\n  h2:       " + h2.describe(6)
          + "\n  pushdown: " + (on == null ? "agrees" : on + "; " + pushdown.describe(6)) + " " + accesses
          + "\n  plain:    " + (off == null ? "agrees" : off + "; " + plain.describe(6));
    }
  }

  Answers answer(String sql) {
    List<String> accesses = new ArrayList<>();
    Result on = Result.of(pushdown, sql, st -> accesses.addAll(accesses(st)));
    return new Answers(on, Result.of(plain, sql), Result.of(h2, sql), accesses);
  }

  private static List<String> accesses(Statement st) {
    try {
      List<String> out = new ArrayList<>();
      for (AccessLine l : st.unwrap(DynasqlStatement.class).accessLines()) {
        out.add(l.record().kind() + " " + l.record().table() + (l.record().index() == null ? "" : "." + l.record().index()));
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The EXPLAIN PLAN text of {@code sql} on the pushdown connection. */
  String plan(String sql) throws SQLException {
    try (Statement st = pushdown.createStatement(); var rs = st.executeQuery("EXPLAIN PLAN FOR " + sql)) {
      StringBuilder sb = new StringBuilder();
      while (rs.next()) sb.append(rs.getString(1)).append('\n');
      return sb.toString();
    }
  }

  @Override
  public void close() throws SQLException {
    SQLException first = null;
    for (Connection c : List.of(pushdown, plain, h2)) {
      try {
        c.close();
      } catch (SQLException e) {
        if (first == null) first = e;
        else first.addSuppressed(e);
      }
    }
    if (first != null) throw first;
  }
}
