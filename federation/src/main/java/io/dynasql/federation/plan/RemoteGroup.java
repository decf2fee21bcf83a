package io.dynasql.federation.plan;

import io.dynasql.federation.Dialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * A GROUP BY a source computes: the statement it groups (its table and pushed conditions, or a
 * join of its tables), the grouping columns and the aggregates. The statement returns the grouping
 * columns, then the aggregates, as Calcite's Aggregate does.
 *
 * @param base the grouped statement: its table and conditions (its columns, order and limit are not
 *     used); for a join, the join's columns as one table ({@link RemoteJoin#asQuery})
 * @param keys the grouping columns (ordinals of {@code base}'s table), in output order
 * @param calls the aggregates, in output order
 * @param join the join grouped, when it groups a join rather than one table
 */
public record RemoteGroup(RemoteQuery base, List<Integer> keys, List<RemoteAggregateCall> calls, Optional<RemoteJoin> join) {
  public RemoteGroup {
    keys = List.copyOf(keys);
    calls = List.copyOf(calls);
  }

  /** A GROUP BY over one table's statement. */
  public RemoteGroup(RemoteQuery base, List<Integer> keys, List<RemoteAggregateCall> calls) {
    this(base, keys, calls, Optional.empty());
  }

  /** A GROUP BY over a join: its columns are the join's, by position. */
  static RemoteGroup over(RemoteJoin join, List<Integer> keys, List<RemoteAggregateCall> calls) {
    return new RemoteGroup(join.asQuery(), keys, calls, Optional.of(join));
  }

  /** The statement, with a {@code ?} for every value, and the operands its placeholders take. */
  RemoteSqlWriter.Written write(Dialect d) {
    if (join.isPresent()) return overJoin(join.get(), d);
    // the base statement's WHERE, written by the shared writer, with our SELECT list and GROUP BY around it
    RemoteQuery one = base.withFields(List.of()).withOrder(List.of());
    RemoteSqlWriter.Written where = RemoteSqlWriter.write(one, d);
    String from = where.sql().substring("SELECT 1".length());
    StringJoiner select = new StringJoiner(", ", "SELECT ", "");
    List<String> groupBy = new ArrayList<>();
    for (int k : keys) {
      String c = d.quote(base.table().columns().get(k).name());
      select.add(c);
      groupBy.add(c);
    }
    for (RemoteAggregateCall a : calls) {
      String arg = a.column() < 0 ? "*" : d.quote(base.table().columns().get(a.column()).name());
      select.add(a.function().name() + "(" + arg + ")");
    }
    String sql = select + from + (groupBy.isEmpty() ? "" : " GROUP BY " + String.join(", ", groupBy));
    return new RemoteSqlWriter.Written(sql, where.operands());
  }

  /** {@code SELECT c1, COUNT(*), … FROM (the join, its columns named c0, c1, …) j GROUP BY c1}. */
  private RemoteSqlWriter.Written overJoin(RemoteJoin j, Dialect d) {
    RemoteSqlWriter.Written from = j.write(d, true);
    StringJoiner select = new StringJoiner(", ", "SELECT ", "");
    List<String> groupBy = new ArrayList<>();
    for (int k : keys) {
      select.add(j.ref(k, d));
      groupBy.add(j.ref(k, d));
    }
    for (RemoteAggregateCall a : calls) select.add(a.function().name() + "(" + (a.column() < 0 ? "*" : j.ref(a.column(), d)) + ")");
    String sql = select + " FROM (" + from.sql() + ") j" + (groupBy.isEmpty() ? "" : " GROUP BY " + String.join(", ", groupBy));
    return new RemoteSqlWriter.Written(sql, from.operands());
  }
}
