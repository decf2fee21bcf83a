package io.dynasql.federation.plan;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Aggregate;
import org.apache.calcite.rel.core.RelFactories;
import org.apache.calcite.rel.logical.LogicalAggregate;
import org.apache.calcite.rel.logical.LogicalJoin;

/**
 * Sends a GROUP BY over a join of tables of one source to that source with the join, as one
 * statement ({@link RemoteRules#JOIN_AGGREGATE}): when every part of it is computed there as
 * dynasql computes it (the rules of {@link RemoteAggregateRule}) and the groups expected are fewer
 * than the rows of reading the join's sides, even where the join alone would not pay. It matches
 * again when the join, or an input of the join, changes.
 */
final class RemoteJoinGroupRule extends RelRule<RemoteRuleConfig> {
  static final RemoteRuleConfig CONFIG = new RemoteRuleConfig("RemoteJoinGroupRule",
      b -> b.operand(LogicalAggregate.class).oneInput(i -> i.operand(RelNode.class).anyInputs()),
      RelFactories.LOGICAL_BUILDER, RemoteJoinGroupRule::new);
  static final RemoteRuleConfig OVER_JOIN = new RemoteRuleConfig("RemoteJoinGroupRuleOverJoin",
      b -> b.operand(LogicalAggregate.class).oneInput(j -> j.operand(LogicalJoin.class)
          .unorderedInputs(i -> i.operand(RelNode.class).anyInputs())),
      RelFactories.LOGICAL_BUILDER, RemoteJoinGroupRule::new);

  /** A group the source computes, the groups expected, and the rows of the join's sides it saves reading. */
  private record Found(RemoteGroup group, double groups, double sides) {}

  private RemoteJoinGroupRule(RemoteRuleConfig config) {
    super(config);
  }

  // No matches(): the search below reads the planner's estimates, which is the costly part of this
  // rule, so onMatch does it once and returns when it finds nothing, instead of doing it twice.
  @Override
  public void onMatch(RelOptRuleCall call) {
    LogicalAggregate agg = call.rel(0);
    Found f = find(agg, call.getPlanner());
    if (f != null) call.transformTo(new RemoteJoinGroupScan(agg, f.group(), f.groups()));
  }

  /** The group over the join with the fewest rows to read whose every part the source computes, or null. */
  private static Found find(Aggregate agg, RelOptPlanner planner) {
    List<RemoteJoin> joins = joins(agg.getInput(), planner);
    if (joins.isEmpty()) return null;
    // only now the estimate of groups: over a large memo (a join of several tables, several
    // sources) Calcite's row count of an aggregate walks every equivalent input, and this rule is
    // asked to match each time any of them changes
    double groups = agg.getCluster().getMetadataQuery().getRowCount(agg);
    Found best = null;
    for (RemoteJoin j : joins) {
      double sides = j.left().rows() + j.right().rows();
      if (groups >= sides) continue;
      List<Integer> fields = new ArrayList<>();
      for (int i = 0; i < j.columns().size(); i++) fields.add(i);
      RemoteAggregateRule.Parts parts = RemoteAggregateRule.parts(agg, fields, j.columns(), j.source().dialect());
      if (parts == null || !asRead(j, parts)) continue;
      if (best == null || sides < best.sides()) best = new Found(RemoteGroup.over(j, parts.keys(), parts.calls()), groups, sides);
    }
    return best;
  }

  /** The joins of one source the aggregate's input can be, whether or not a join alone pays. */
  private static List<RemoteJoin> joins(RelNode input, RelOptPlanner planner) {
    List<RemoteJoin> out = new ArrayList<>();
    for (RelNode rel : RemoteInputs.rels(input, planner)) {
      if (rel instanceof RemoteJoinScan scan) out.add(scan.join());
      if (rel instanceof LogicalJoin j) {
        RemoteJoinRule.Found f = RemoteJoinRule.find(j, planner, false, 0);
        if (f != null && f.rest().isEmpty()) out.add(f.join());
      }
    }
    return out;
  }

  /** Whether each column the group reads has the type of its remote column (not widened), as the groups are read. */
  private static boolean asRead(RemoteJoin j, RemoteAggregateRule.Parts parts) {
    List<Integer> read = new ArrayList<>(parts.keys());
    for (RemoteAggregateCall c : parts.calls()) if (c.column() >= 0) read.add(c.column());
    for (int c : read) if (j.types().get(c) != j.columns().get(c).type()) return false;
    return true;
  }
}
