package io.dynasql.federation.plan;

import io.dynasql.federation.Dialect;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * A GROUP BY a source computes: the statement it groups (its table and pushed conditions), the
 * grouping columns and the aggregates. The statement returns the grouping columns, then the
 * aggregates, as Calcite's Aggregate does.
 *
 * @param base the grouped statement: its table and conditions (its columns, order and limit are not used)
 * @param keys the grouping columns (table ordinals), in output order
 * @param calls the aggregates, in output order
 */
public record RemoteGroup(RemoteQuery base, List<Integer> keys, List<RemoteAggregateCall> calls) {
  public RemoteGroup {
    keys = List.copyOf(keys);
    calls = List.copyOf(calls);
  }

  /** The statement, with a {@code ?} for every value, and the operands its placeholders take. */
  RemoteSqlWriter.Written write(Dialect d) {
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
}
