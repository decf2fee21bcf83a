package io.dynasql.pushdown;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.adapter.enumerable.EnumerableHashJoin;
import org.apache.calcite.rel.core.Join;
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
 * Turns a join whose one side is a dynasql table, bound by the other side on a key, into a
 * {@link DynamoLookupJoin}; see {@link DynamoRules#LOOKUP_JOIN}. Fires only when
 * {@link LookupJoinPlan} finds a lookup that costs no more read units than scanning that table;
 * ON conditions that are not equalities stay above as a filter (INNER joins only). It matches a
 * join when it is made and again when an access (or a projection of one) appears below it, as
 * the other rules narrow the inputs; each time it looks at every access either input can be.
 */
final class LookupJoinRule extends RelRule<AccessRuleConfig> {
  /** A join, whenever it is made. */
  static final AccessRuleConfig JOIN = config("DynamoLookupJoin", b -> b.operand(LogicalJoin.class).anyInputs());
  /** A join over a projection of an access, on either side, when that projection appears. */
  static final AccessRuleConfig OVER_PROJECT = config("DynamoLookupJoinOverProject",
      b -> b.operand(LogicalJoin.class).unorderedInputs(p -> p.operand(LogicalProject.class)
          .oneInput(a -> a.operand(DynamoTableAccess.class).noInputs())));
  /**
   * A hash join over an access, on either side, when that access appears: a WHERE clause pushed
   * into an input after the join was made (a GET of the outer side, say) shows only there.
   */
  static final AccessRuleConfig OVER_ACCESS = config("DynamoLookupJoinOverAccess",
      b -> b.operand(EnumerableHashJoin.class).unorderedInputs(a -> a.operand(DynamoTableAccess.class).noInputs()));

  private LookupJoinRule(AccessRuleConfig config) {
    super(config);
  }

  private static AccessRuleConfig config(String description, RelRule.OperandTransform operands) {
    return new AccessRuleConfig(description, operands, RelFactories.LOGICAL_BUILDER, LookupJoinRule::new);
  }

  /** The first side's cheapest lookup, right side (the join's inner side as written) first. */
  private static Found find(RelOptRuleCall call) {
    Join join = call.rel(0);
    Found best = null;
    for (boolean innerIsRight : new boolean[] {true, false}) {
      for (DynamoTableAccess a : LookupInner.of(innerIsRight ? join.getRight() : join.getLeft(), call.getPlanner())) {
        LookupJoinPlan plan = LookupJoinPlan.of(join, a, innerIsRight);
        if (plan != null && (best == null || plan.choice().cost().readUnits() < best.plan().choice().cost().readUnits())) {
          best = new Found(a, innerIsRight, plan);
        }
      }
    }
    return best;
  }

  private record Found(DynamoTableAccess inner, boolean innerIsRight, LookupJoinPlan plan) {}

  @Override
  public boolean matches(RelOptRuleCall call) {
    return find(call) != null;
  }

  @Override
  public void onMatch(RelOptRuleCall call) {
    Join join = call.rel(0);
    Found found = find(call);
    if (found == null) return;
    LookupJoinPlan plan = found.plan();
    DynamoTableAccess inner = found.inner();
    RelNode outer = convert(plan.outer(), plan.outer().getTraitSet().replace(EnumerableConvention.INSTANCE));
    LookupSpec spec = new LookupSpec(inner.source(), plan.choice().path(), inner.fields().toIntArray(), plan.type(),
        plan.pairs());
    RelNode result = new DynamoLookupJoin(join.getCluster(), join.getTraitSet(), outer, spec, inner.getRowType());
    RexBuilder rb = join.getCluster().getRexBuilder();
    if (!found.innerIsRight()) { // back to the join's column order: the table's columns, then the other side's
      int outerWidth = plan.outer().getRowType().getFieldCount();
      int innerWidth = inner.getRowType().getFieldCount();
      List<RexNode> refs = new ArrayList<>();
      for (int i = 0; i < innerWidth; i++) refs.add(rb.makeInputRef(result, outerWidth + i));
      for (int i = 0; i < outerWidth; i++) refs.add(rb.makeInputRef(result, i));
      result = LogicalProject.create(result, List.of(), refs, join.getRowType().getFieldNames(), java.util.Set.of());
    }
    if (!plan.rest().isEmpty()) result = LogicalFilter.create(result, RexUtil.composeConjunction(rb, plan.rest()));
    call.transformTo(result);
  }
}
