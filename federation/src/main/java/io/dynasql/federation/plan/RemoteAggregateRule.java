package io.dynasql.federation.plan;

import io.dynasql.federation.Dialect;
import io.dynasql.federation.schema.RemoteColumn;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rel.core.Aggregate;
import org.apache.calcite.rel.core.AggregateCall;
import org.apache.calcite.rel.logical.LogicalAggregate;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Sends a GROUP BY over a source's table to the source ({@link RemoteRules#AGGREGATE}) when it
 * computes every part as dynasql does: groups on columns whose equality is ours (not text where
 * the source's collation ignores case, not floating point, not SQLite's dates), COUNT, SUM of
 * exact numbers, MIN and MAX where the source orders the column as we do. AVG, DISTINCT and
 * FILTER aggregates, grouping sets and a statement with a LIMIT stay in dynasql.
 */
final class RemoteAggregateRule extends RelRule<RemoteRuleConfig> {
  static final RemoteRuleConfig CONFIG = RemoteRuleConfig.over(LogicalAggregate.class, "RemoteAggregateRule",
      RemoteAggregateRule::new);

  private RemoteAggregateRule(RemoteRuleConfig config) {
    super(config);
  }

  @Override
  public boolean matches(RelOptRuleCall call) {
    return group(call.rel(0), call.rel(1)) != null;
  }

  @Override
  public void onMatch(RelOptRuleCall call) {
    LogicalAggregate agg = call.rel(0);
    RemoteScan scan = call.rel(1);
    RemoteGroup g = group(agg, scan);
    if (g != null) {
      call.transformTo(new RemoteAggregateScan(scan, agg.getRowType(), g, call.getMetadataQuery().getRowCount(agg)));
    }
  }

  /** The GROUP BY the source computes for {@code agg}, or null when any part of it must stay in dynasql. */
  static RemoteGroup group(Aggregate agg, RemoteScan scan) {
    RemoteQuery q = scan.query();
    if (!scan.pushdown() || q.limit().isPresent()) return null;
    Parts parts = parts(agg, q.fields(), q.table().columns(), scan.source().dialect());
    return parts == null ? null : new RemoteGroup(q, parts.keys(), parts.calls());
  }

  /**
   * The grouping columns and aggregates of {@code agg}, as columns of what it reads: input field
   * {@code i} is column {@code fields.get(i)} of {@code columns}.
   */
  record Parts(List<Integer> keys, List<RemoteAggregateCall> calls) {}

  /** {@code agg}'s parts over {@code columns}, or null when any part of it must stay in dynasql. */
  static Parts parts(Aggregate agg, List<Integer> fields, List<RemoteColumn> columns, Dialect d) {
    if (agg.getGroupType() != Aggregate.Group.SIMPLE) return null;
    List<Integer> keys = new ArrayList<>();
    for (int i : agg.getGroupSet()) {
      int column = fields.get(i);
      if (!groupable(columns.get(column), d)) return null;
      keys.add(column);
    }
    List<RemoteAggregateCall> calls = new ArrayList<>();
    for (AggregateCall c : agg.getAggCallList()) {
      int column = c.getArgList().isEmpty() ? -1 : fields.get(c.getArgList().get(0));
      RemoteAggregateCall r = call(c, column, column < 0 ? null : columns.get(column), d);
      if (r == null) return null;
      calls.add(r);
    }
    return new Parts(keys, calls);
  }

  private static RemoteAggregateCall call(AggregateCall c, int column, RemoteColumn rc, Dialect d) {
    if (c.isDistinct() || c.hasFilter() || c.getArgList().size() > 1 || c.isApproximate()
        || !c.getCollation().getFieldCollations().isEmpty()) {
      return null;
    }
    SqlTypeName type = c.getType().getSqlTypeName();
    if (c.getArgList().isEmpty()) {
      return c.getAggregation().getKind() == org.apache.calcite.sql.SqlKind.COUNT
          ? new RemoteAggregateCall(RemoteAggregateCall.Function.COUNT, -1, type) : null;
    }
    switch (c.getAggregation().getKind()) {
      case COUNT:
        return new RemoteAggregateCall(RemoteAggregateCall.Function.COUNT, column, type);
      case SUM:
      case SUM0:
        // exact numbers only: a floating sum depends on the order rows are added in
        boolean exact = c.getAggregation().getKind() == org.apache.calcite.sql.SqlKind.SUM && RemoteKeys.exact(rc.type())
            && RemoteKeys.exact(type);
        return exact ? new RemoteAggregateCall(RemoteAggregateCall.Function.SUM, column, type) : null;
      case MIN:
      case MAX:
        boolean ordered = rc.isNumber() || (rc.isText() && d.ordersTextAsWeDo())
            || (rc.isDateTime() && d != Dialect.SQLITE && !rc.isZoned());
        return ordered && type == rc.type() ? new RemoteAggregateCall(c.getAggregation().getKind()
            == org.apache.calcite.sql.SqlKind.MIN ? RemoteAggregateCall.Function.MIN : RemoteAggregateCall.Function.MAX,
            column, type) : null;
      default:
        return null; // AVG's result type differs between sources (PostgreSQL numeric, H2 the argument's type)
    }
  }

  /** Whether the source puts two values of {@code c} in one group exactly when dynasql does. */
  private static boolean groupable(RemoteColumn c, Dialect d) {
    if (c.isText()) return d.comparesTextAsWeDo() && c.jdbcType() != java.sql.Types.OTHER;
    if (c.type() == SqlTypeName.REAL || c.type() == SqlTypeName.DOUBLE) return false; // -0.0 and NaN
    if (c.isNumber() || c.type() == SqlTypeName.BOOLEAN) return true;
    return c.isDateTime() && d != Dialect.SQLITE && !c.isZoned();
  }
}
