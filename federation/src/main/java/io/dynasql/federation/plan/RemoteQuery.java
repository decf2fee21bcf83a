package io.dynasql.federation.plan;

import io.dynasql.federation.schema.RemoteTableDef;
import java.util.List;
import java.util.Optional;

/**
 * What one access sends to its source: the table, the columns read, the conditions (a
 * conjunction), the order and the row limit. Immutable; each federation rule makes a narrower
 * copy, and {@link RemoteSqlWriter} turns it into the remote statement EXPLAIN shows.
 *
 * @param table the remote table
 * @param fields the table's columns (by ordinal) the access returns, in order
 * @param conditions conditions the source evaluates, all of which hold
 * @param order the source's ORDER BY, empty when unordered
 * @param limit the most rows the source returns (a literal count or the statement's parameter), when limited
 */
public record RemoteQuery(RemoteTableDef table, List<Integer> fields, List<RemoteCondition> conditions,
    List<OrderKey> order, Optional<Operand> limit) {
  public RemoteQuery {
    fields = List.copyOf(fields);
    conditions = List.copyOf(conditions);
    order = List.copyOf(order);
  }

  /** Every column, no condition, order or limit: what a table reference starts as. */
  public static RemoteQuery all(RemoteTableDef table) {
    List<Integer> every = java.util.stream.IntStream.range(0, table.columns().size()).boxed().toList();
    return new RemoteQuery(table, every, List.of(), List.of(), Optional.empty());
  }

  public RemoteQuery withFields(List<Integer> f) {
    return new RemoteQuery(table, f, conditions, order, limit);
  }

  public RemoteQuery withConditions(List<RemoteCondition> more) {
    List<RemoteCondition> all = new java.util.ArrayList<>(conditions);
    all.addAll(more);
    return new RemoteQuery(table, fields, all, order, limit);
  }

  public RemoteQuery withOrder(List<OrderKey> o) {
    return new RemoteQuery(table, fields, conditions, o, limit);
  }

  public RemoteQuery withLimit(Operand n) {
    return new RemoteQuery(table, fields, conditions, order, Optional.of(n));
  }
}
