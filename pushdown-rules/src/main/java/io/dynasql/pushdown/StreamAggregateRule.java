package io.dynasql.pushdown;

import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rel.core.Aggregate;

/**
 * GROUP BY the partition key (and maybe more columns) over a SCAN or QUERY of a table becomes a
 * {@link DynamoStreamAggregate}; see {@link DynamoRules#STREAM_AGGREGATE}. Whatever
 * {@link StreamGroups#of} refuses stays Calcite's aggregate.
 */
final class StreamAggregateRule extends RelRule<AccessRuleConfig> {
  static final AccessRuleConfig CONFIG =
      AccessRuleConfig.over(Aggregate.class, "DynamoStreamAggregate", StreamAggregateRule::new);

  private StreamAggregateRule(AccessRuleConfig config) {
    super(config);
  }

  @Override
  public boolean matches(RelOptRuleCall call) {
    Aggregate agg = call.rel(0);
    DynamoTableAccess access = call.rel(1);
    // Calcite's Enumerable aggregate too: its input is the Enumerable subset, where the narrowed accesses are
    return !(agg instanceof DynamoStreamAggregate) && StreamGroups.of(agg, access) != null;
  }

  @Override
  public void onMatch(RelOptRuleCall call) {
    Aggregate agg = call.rel(0);
    DynamoTableAccess access = call.rel(1);
    call.transformTo(new DynamoStreamAggregate(agg.getCluster(), agg.getTraitSet(), access, agg.getGroupSet(),
        agg.getAggCallList()));
  }
}
