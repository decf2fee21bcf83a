package io.dynasql.pushdown;

import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.logical.LogicalFilter;
import org.apache.calcite.rex.RexUtil;

/**
 * Pushes a WHERE clause into the access below it; see {@link DynamoRules#FILTER}. Fires only
 * when some of it can be pushed ({@link FilterPushdown}); the rest stays above as a filter.
 */
final class FilterIntoAccessRule extends RelRule<AccessRuleConfig> {
  static final AccessRuleConfig CONFIG =
      AccessRuleConfig.over(LogicalFilter.class, "DynamoFilterIntoAccess", FilterIntoAccessRule::new);

  private FilterIntoAccessRule(AccessRuleConfig config) {
    super(config);
  }

  @Override
  public boolean matches(RelOptRuleCall call) {
    DynamoTableAccess access = call.rel(1);
    if (!access.source().pushdown()) return false;
    AccessPath p = access.path();
    if (p.kind() != AccessKind.SCAN || p.filter() != null || p.limited() || p.index() != null) return false;
    return FilterPushdown.of(call.rel(0), access) != null;
  }

  @Override
  public void onMatch(RelOptRuleCall call) {
    LogicalFilter filter = call.rel(0);
    DynamoTableAccess access = call.rel(1);
    FilterPushdown pushdown = FilterPushdown.of(filter, access);
    RelNode result = access.with(pushdown.path(), access.fields());
    if (!pushdown.residual().isEmpty()) {
      result = LogicalFilter.create(result, RexUtil.composeConjunction(filter.getCluster().getRexBuilder(), pushdown.residual()));
    }
    call.transformTo(result);
  }
}
