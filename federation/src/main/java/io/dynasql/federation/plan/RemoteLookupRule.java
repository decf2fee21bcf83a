package io.dynasql.federation.plan;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.RelFactories;
import org.apache.calcite.rel.logical.LogicalFilter;
import org.apache.calcite.rel.logical.LogicalJoin;
import org.apache.calcite.rel.logical.LogicalProject;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexUtil;

/**
 * Semi-join reduction across sources ({@link RemoteRules#LOOKUP_JOIN}): a join with a source's
 * table on one side becomes a {@link RemoteLookupJoin} when {@link RemoteLookupPlan} finds that
 * sending the other side's keys reads fewer rows. It matches a join whenever an expression
 * appears in either input (a WHERE clause pushed into the outer side after the join was made, a
 * narrowed remote access), so the estimate is made again with what each input has become.
 */
final class RemoteLookupRule extends RelRule<RemoteRuleConfig> {
  static final RemoteRuleConfig CONFIG = new RemoteRuleConfig("RemoteLookupJoin",
      b -> b.operand(LogicalJoin.class).unorderedInputs(i -> i.operand(RelNode.class).anyInputs()),
      RelFactories.LOGICAL_BUILDER, RemoteLookupRule::new);
  /**
   * A join over a projection of a remote access, when that access appears: a WHERE clause pushed
   * into the access under the projection (which Calcite adds to widen a key's type) shows only there.
   */
  static final RemoteRuleConfig OVER_PROJECT = new RemoteRuleConfig("RemoteLookupJoinOverProject",
      b -> b.operand(LogicalJoin.class).unorderedInputs(p -> p.operand(LogicalProject.class)
          .oneInput(a -> a.operand(RemoteScan.class).noInputs())),
      RelFactories.LOGICAL_BUILDER, RemoteLookupRule::new);

  private RemoteLookupRule(RemoteRuleConfig config) {
    super(config);
  }

  // No matches(): the search below reads the planner's estimates, which is the costly part of this
  // rule, so onMatch does it once and returns when it finds nothing, instead of doing it twice.
  @Override
  public void onMatch(RelOptRuleCall call) {
    LogicalJoin join = call.rel(0);
    RemoteLookupPlan plan = RemoteLookupPlan.of(join, call.getPlanner());
    if (plan == null) return;
    RelNode outer = convert(plan.outer(), plan.outer().getTraitSet().replace(EnumerableConvention.INSTANCE));
    RelNode innerInput = plan.innerIsRight() ? join.getRight() : join.getLeft();
    RelNode result = new RemoteLookupJoin(join.getCluster(), join.getTraitSet(), outer, plan.spec(), innerInput.getRowType());
    RexBuilder rb = join.getCluster().getRexBuilder();
    if (!plan.innerIsRight()) { // back to the join's column order: the remote columns, then the other side's
      int outerWidth = plan.outer().getRowType().getFieldCount();
      int innerWidth = innerInput.getRowType().getFieldCount();
      List<RexNode> refs = new ArrayList<>();
      for (int i = 0; i < innerWidth; i++) refs.add(rb.makeInputRef(result, outerWidth + i));
      for (int i = 0; i < outerWidth; i++) refs.add(rb.makeInputRef(result, i));
      result = LogicalProject.create(result, List.of(), refs, join.getRowType().getFieldNames(), java.util.Set.of());
    }
    // the rest is over the join's own columns, which the result now has in the join's order
    if (!plan.rest().isEmpty()) result = LogicalFilter.create(result, RexUtil.composeConjunction(rb, plan.rest()));
    call.transformTo(result);
  }
}
