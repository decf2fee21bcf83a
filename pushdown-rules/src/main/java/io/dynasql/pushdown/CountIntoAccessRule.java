package io.dynasql.pushdown;

import org.apache.calcite.plan.RelRule;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.rel.core.AggregateCall;
import org.apache.calcite.rel.core.Aggregate;
import org.apache.calcite.sql.SqlKind;

/** {@code SELECT COUNT(*) FROM t [WHERE ...]} becomes the store's count; see {@link DynamoRules#COUNT}. */
final class CountIntoAccessRule extends RelRule<AccessRuleConfig> {
  static final AccessRuleConfig CONFIG =
      AccessRuleConfig.over(Aggregate.class, "DynamoCountIntoAccess", CountIntoAccessRule::new);

  private CountIntoAccessRule(AccessRuleConfig config) {
    super(config);
  }

  @Override
  public boolean matches(RelOptRuleCall call) {
    Aggregate agg = call.rel(0);
    DynamoTableAccess access = call.rel(1);
    if (!access.source().pushdown() || access.path().limited() || access.path().countOnly()) return false;
    if (!agg.getGroupSet().isEmpty() || agg.getAggCallList().size() != 1) return false;
    AggregateCall c = agg.getAggCallList().get(0);
    return c.getAggregation().getKind() == SqlKind.COUNT && c.getArgList().isEmpty() && !c.isDistinct() && !c.hasFilter();
  }

  @Override
  public void onMatch(RelOptRuleCall call) {
    Aggregate agg = call.rel(0);
    DynamoTableAccess access = call.rel(1);
    call.transformTo(new DynamoCount(access.getCluster(), access.getTraitSet(), access.getTable(), access.source(),
        access.path().counting(), agg.getRowType()));
  }
}
