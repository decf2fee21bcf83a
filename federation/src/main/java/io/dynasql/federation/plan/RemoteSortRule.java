package io.dynasql.federation.plan;

import io.dynasql.federation.Dialect;
import io.dynasql.federation.schema.RemoteColumn;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rel.RelCollation;
import org.apache.calcite.rel.RelFieldCollation;
import org.apache.calcite.rel.logical.LogicalSort;

/**
 * Pushes ORDER BY and LIMIT ({@link RemoteRules#SORT}): the order only on columns the source
 * orders as dynasql does (not text where its collation follows a locale, not SQLite's dates),
 * with NULLS FIRST/LAST written out; a LIMIT alone, or after a pushed order.
 */
final class RemoteSortRule extends RelRule<RemoteRuleConfig> {
  static final RemoteRuleConfig CONFIG = RemoteRuleConfig.over(LogicalSort.class, "RemoteSortRule", RemoteSortRule::new);

  private RemoteSortRule(RemoteRuleConfig config) {
    super(config);
  }

  @Override
  public boolean matches(RelOptRuleCall call) {
    LogicalSort sort = call.rel(0);
    RemoteScan scan = call.rel(1);
    RemoteQuery q = scan.query();
    if (!scan.pushdown() || sort.offset != null || q.limit().isPresent()) return false;
    if (sort.fetch != null && RemoteLimitRule.count(sort.fetch) == null) return false;
    List<RelFieldCollation> keys = sort.getCollation().getFieldCollations();
    if (keys.isEmpty()) return sort.fetch != null;
    if (!q.order().isEmpty()) return sort.fetch != null && order(sort.getCollation(), scan).equals(q.order());
    return order(sort.getCollation(), scan) != null;
  }

  /** The remote ORDER BY of {@code c}, or null when the source would order differently. */
  private static List<OrderKey> order(RelCollation c, RemoteScan scan) {
    Dialect d = scan.source().dialect();
    if (!d.nullsOrdering()) return null;
    List<OrderKey> out = new ArrayList<>();
    for (RelFieldCollation fc : c.getFieldCollations()) {
      int column = scan.query().fields().get(fc.getFieldIndex());
      RemoteColumn col = scan.query().table().columns().get(column);
      if (!orderable(col, d)) return null;
      boolean desc = fc.direction == RelFieldCollation.Direction.DESCENDING;
      if (!desc && fc.direction != RelFieldCollation.Direction.ASCENDING) return null;
      RelFieldCollation.NullDirection nulls = fc.nullDirection == RelFieldCollation.NullDirection.UNSPECIFIED
          ? fc.direction.defaultNullDirection() : fc.nullDirection;
      out.add(new OrderKey(column, desc, nulls == RelFieldCollation.NullDirection.FIRST));
    }
    return out;
  }

  private static boolean orderable(RemoteColumn c, Dialect d) {
    if (c.isText()) return d.ordersTextAsWeDo();
    if (c.isNumber()) return true;
    return c.isDateTime() && d != Dialect.SQLITE;
  }

  @Override
  public void onMatch(RelOptRuleCall call) {
    LogicalSort sort = call.rel(0);
    RemoteScan scan = call.rel(1);
    RemoteQuery q = scan.query();
    if (!sort.getCollation().getFieldCollations().isEmpty() && q.order().isEmpty()) q = q.withOrder(order(sort.getCollation(), scan));
    if (sort.fetch != null) q = q.withLimit(RemoteLimitRule.count(sort.fetch));
    RemoteScan pushed = scan.with(q);
    call.transformTo(pushed.withTraits(pushed.getTraitSet().replace(sort.getCollation())));
  }
}
