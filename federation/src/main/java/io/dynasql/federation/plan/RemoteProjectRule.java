package io.dynasql.federation.plan;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rel.RelCollation;
import org.apache.calcite.rel.RelCollations;
import org.apache.calcite.rel.RelFieldCollation;
import org.apache.calcite.rel.logical.LogicalProject;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexShuttle;
import org.apache.calcite.util.ImmutableBitSet;

/**
 * Reads only the columns a SELECT uses ({@link RemoteRules#PROJECT}): the remote SELECT list
 * shrinks, and the expressions stay above, renumbered.
 */
final class RemoteProjectRule extends RelRule<RemoteRuleConfig> {
  static final RemoteRuleConfig CONFIG = RemoteRuleConfig.over(LogicalProject.class, "RemoteProjectRule", RemoteProjectRule::new);

  private RemoteProjectRule(RemoteRuleConfig config) {
    super(config);
  }

  @Override
  public boolean matches(RelOptRuleCall call) {
    LogicalProject project = call.rel(0);
    RemoteScan scan = call.rel(1);
    return scan.pushdown() && used(project).cardinality() < scan.query().fields().size();
  }

  private static ImmutableBitSet used(LogicalProject project) {
    ImmutableBitSet bits = RelOptUtil.InputFinder.bits(project.getProjects(), null);
    return bits.isEmpty() ? ImmutableBitSet.of(0) : bits; // COUNT(*) still needs one column to count rows by
  }

  @Override
  public void onMatch(RelOptRuleCall call) {
    LogicalProject project = call.rel(0);
    RemoteScan scan = call.rel(1);
    ImmutableBitSet used = used(project);
    List<Integer> fields = new ArrayList<>();
    int[] position = new int[scan.query().fields().size()];
    for (int i : used) {
      position[i] = fields.size();
      fields.add(scan.query().fields().get(i));
    }
    RemoteScan narrowed = scan.with(scan.query().withFields(fields));
    narrowed = narrowed.withTraits(narrowed.getTraitSet().replace(collation(narrowed.query(), fields)));
    List<RexNode> projects = new ArrayList<>();
    RexShuttle renumber = new RexShuttle() {
      @Override
      public RexNode visitInputRef(RexInputRef ref) {
        return new RexInputRef(position[ref.getIndex()], ref.getType());
      }
    };
    for (RexNode e : project.getProjects()) projects.add(e.accept(renumber));
    call.transformTo(LogicalProject.create(narrowed, project.getHints(), projects, project.getRowType().getFieldNames(),
        project.getVariablesSet()));
  }

  /** The order the narrowed access delivers its rows in, when every ordering column is still read. */
  static RelCollation collation(RemoteQuery q, List<Integer> fields) {
    List<RelFieldCollation> keys = new ArrayList<>();
    for (OrderKey k : q.order()) {
      int at = fields.indexOf(k.column());
      if (at < 0) return RelCollations.EMPTY;
      keys.add(new RelFieldCollation(at, k.descending() ? RelFieldCollation.Direction.DESCENDING
          : RelFieldCollation.Direction.ASCENDING, k.nullsFirst() ? RelFieldCollation.NullDirection.FIRST
          : RelFieldCollation.NullDirection.LAST));
    }
    return RelCollations.of(keys);
  }
}
