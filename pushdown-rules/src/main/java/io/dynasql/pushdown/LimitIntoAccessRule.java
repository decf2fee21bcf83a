package io.dynasql.pushdown;

import org.apache.calcite.adapter.enumerable.EnumerableLimit;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.rex.RexLiteral;

/**
 * Pushes a LIMIT that Calcite already split from its ORDER BY into the access below it, so the
 * read itself stops after that many rows; see {@link DynamoRules#LIMIT}.
 */
final class LimitIntoAccessRule extends RelRule<AccessRuleConfig> {
  static final AccessRuleConfig CONFIG =
      AccessRuleConfig.over(EnumerableLimit.class, "DynamoLimitIntoAccess", LimitIntoAccessRule::new);

  private LimitIntoAccessRule(AccessRuleConfig config) {
    super(config);
  }

  @Override
  public boolean matches(RelOptRuleCall call) {
    if (!((DynamoTableAccess) call.rel(1)).source().pushdown()) return false;
    EnumerableLimit limit = call.rel(0);
    DynamoTableAccess access = call.rel(1);
    return limit.offset == null && limit.fetch instanceof RexLiteral && access.path().limit() == null;
  }

  @Override
  public void onMatch(RelOptRuleCall call) {
    EnumerableLimit limit = call.rel(0);
    DynamoTableAccess access = call.rel(1);
    int n = ((RexLiteral) limit.fetch).getValueAs(Integer.class);
    DynamoTableAccess pushed = access.with(access.path().withLimit(n), access.fields());
    call.transformTo(pushed.withTraits(limit.getTraitSet()));
  }
}
