package io.dynasql.pushdown;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.logical.LogicalProject;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexShuttle;
import org.apache.calcite.util.ImmutableBitSet;
import org.apache.calcite.util.ImmutableIntList;

/**
 * Narrows an access to the columns a SELECT list uses; see {@link DynamoRules#PROJECT}. The
 * store then returns only those attributes (unless the whole-item column is among them).
 */
final class ProjectIntoAccessRule extends RelRule<AccessRuleConfig> {
  static final AccessRuleConfig CONFIG =
      AccessRuleConfig.over(LogicalProject.class, "DynamoProjectIntoAccess", ProjectIntoAccessRule::new);

  private ProjectIntoAccessRule(AccessRuleConfig config) {
    super(config);
  }

  @Override
  public boolean matches(RelOptRuleCall call) {
    if (!((DynamoTableAccess) call.rel(1)).source().pushdown()) return false;
    LogicalProject project = call.rel(0);
    DynamoTableAccess access = call.rel(1);
    ImmutableBitSet used = RelOptUtil.InputFinder.bits(project.getProjects(), null);
    return Math.max(1, used.cardinality()) < access.fields().size();
  }

  @Override
  public void onMatch(RelOptRuleCall call) {
    LogicalProject project = call.rel(0);
    DynamoTableAccess access = call.rel(1);
    ImmutableBitSet used = RelOptUtil.InputFinder.bits(project.getProjects(), null);
    // A SELECT that uses no column (COUNT(*) over a LIMIT, a constant) still reads one: rows of
    // zero columns take a row format the generated code does not expect.
    if (used.isEmpty()) used = ImmutableBitSet.of(0);
    int[] remap = new int[access.fields().size()];
    List<Integer> kept = new ArrayList<>();
    List<String> attributes = new ArrayList<>();
    boolean whole = false;
    for (int i : used) {
      remap[i] = kept.size();
      int field = access.fields().get(i);
      kept.add(field);
      String a = access.source().columns().get(field).attribute();
      if (a == null) whole = true;
      else attributes.add(a);
    }
    AccessPath path = whole ? access.path() : access.path().withProjection(attributes);
    RelNode narrowed = access.with(path, ImmutableIntList.copyOf(kept));
    List<RexNode> exprs = new ArrayList<>();
    RexShuttle shift = new RexShuttle() {
      @Override
      public RexNode visitInputRef(RexInputRef ref) {
        return new RexInputRef(remap[ref.getIndex()], ref.getType());
      }
    };
    for (RexNode e : project.getProjects()) exprs.add(e.accept(shift));
    call.transformTo(LogicalProject.create(narrowed, project.getHints(), exprs, project.getRowType(), project.getVariablesSet()));
  }
}
