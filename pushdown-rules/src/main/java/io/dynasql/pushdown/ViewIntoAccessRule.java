package io.dynasql.pushdown;

import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Aggregate;
import org.apache.calcite.rel.core.Filter;
import org.apache.calcite.rel.core.Project;
import org.apache.calcite.rel.core.RelFactories;

/**
 * {@code SELECT g, COUNT(*), SUM(a) FROM t [WHERE g = ...] GROUP BY g} answered from a materialized
 * view of {@code t} grouped by g: a read of the view's few items instead of every item of t, the
 * rollup kept close to the data. Four shapes, as Calcite presents the aggregate's input: the
 * access itself, or under a Project, a Filter, or both. Whether a view fits is decided in
 * {@code matches()} ({@link ViewMatch}); the cheaper plan wins on cost.
 */
final class ViewIntoAccessRule extends RelRule<AccessRuleConfig> {
  /** Aggregate over the access. */
  static final AccessRuleConfig DIRECT = AccessRuleConfig.over(Aggregate.class, "DynamoViewIntoAccess", ViewIntoAccessRule::new);
  /** Aggregate over Filter over the access. */
  static final AccessRuleConfig FILTERED = new AccessRuleConfig("DynamoViewIntoAccess(Filter)",
      b -> b.operand(Aggregate.class).oneInput(f -> f.operand(Filter.class).oneInput(
          a -> a.operand(DynamoTableAccess.class).noInputs())), RelFactories.LOGICAL_BUILDER, ViewIntoAccessRule::new);
  /** Aggregate over Project over the access. */
  static final AccessRuleConfig PROJECTED = new AccessRuleConfig("DynamoViewIntoAccess(Project)",
      b -> b.operand(Aggregate.class).oneInput(p -> p.operand(Project.class).oneInput(
          a -> a.operand(DynamoTableAccess.class).noInputs())), RelFactories.LOGICAL_BUILDER, ViewIntoAccessRule::new);
  /** Aggregate over Project over Filter over the access. */
  static final AccessRuleConfig PROJECTED_FILTERED = new AccessRuleConfig("DynamoViewIntoAccess(Project,Filter)",
      b -> b.operand(Aggregate.class).oneInput(p -> p.operand(Project.class).oneInput(f -> f.operand(Filter.class)
          .oneInput(a -> a.operand(DynamoTableAccess.class).noInputs()))), RelFactories.LOGICAL_BUILDER, ViewIntoAccessRule::new);

  private ViewIntoAccessRule(AccessRuleConfig config) {
    super(config);
  }

  @Override
  public boolean matches(RelOptRuleCall call) {
    return match(call) != null;
  }

  @Override
  public void onMatch(RelOptRuleCall call) {
    ViewMatch m = match(call);
    if (m == null) return;
    RelNode rewritten = ViewRewrite.build(call.rel(0), call.rel(call.rels.length - 1), m, call.builder());
    if (rewritten != null) call.transformTo(rewritten);
  }

  private static ViewMatch match(RelOptRuleCall call) {
    // a view counts every item, expired or not: it cannot answer a connection that hides expired items
    if (((DynamoTableAccess) call.rel(call.rels.length - 1)).source().hiddenExpiry() != null) return null;
    Project project = null;
    Filter filter = null;
    for (int i = 1; i < call.rels.length - 1; i++) {
      if (call.rel(i) instanceof Project p) project = p;
      else if (call.rel(i) instanceof Filter f) filter = f;
    }
    return ViewMatch.of(call.rel(0), project, filter, call.rel(call.rels.length - 1));
  }
}
