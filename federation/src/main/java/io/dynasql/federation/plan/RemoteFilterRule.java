package io.dynasql.federation.plan;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.logical.LogicalFilter;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexUtil;

/**
 * Pushes the conjuncts of a WHERE clause that the source answers exactly into its statement;
 * the others stay above as a filter ({@link RemoteRules#FILTER}). Never below a pushed LIMIT.
 */
final class RemoteFilterRule extends RelRule<RemoteRuleConfig> {
  static final RemoteRuleConfig CONFIG = RemoteRuleConfig.over(LogicalFilter.class, "RemoteFilterRule", RemoteFilterRule::new);

  /** The conjuncts split by whether they go to the source. */
  private record Split(List<RemoteCondition> pushed, List<RexNode> residual) {}

  private RemoteFilterRule(RemoteRuleConfig config) {
    super(config);
  }

  @Override
  public boolean matches(RelOptRuleCall call) {
    RemoteScan scan = call.rel(1);
    return scan.pushdown() && scan.query().limit().isEmpty() && !split(call.rel(0), scan).pushed().isEmpty();
  }

  @Override
  public void onMatch(RelOptRuleCall call) {
    LogicalFilter filter = call.rel(0);
    RemoteScan scan = call.rel(1);
    Split s = split(filter, scan);
    RelNode result = scan.with(scan.query().withConditions(s.pushed()));
    if (!s.residual().isEmpty()) {
      result = LogicalFilter.create(result, RexUtil.composeConjunction(filter.getCluster().getRexBuilder(), s.residual()));
    }
    call.transformTo(result);
  }

  private static Split split(LogicalFilter filter, RemoteScan scan) {
    // SEARCH (IN lists, BETWEEN, ranges) written out as the comparisons a source understands
    RexNode condition = RexUtil.expandSearch(filter.getCluster().getRexBuilder(), null, filter.getCondition());
    ConditionTranslator translator = new ConditionTranslator(scan);
    List<RemoteCondition> pushed = new ArrayList<>();
    List<RexNode> residual = new ArrayList<>();
    for (RexNode conjunct : RelOptUtil.conjunctions(condition)) {
      RemoteCondition c = translator.translate(conjunct);
      if (c != null) pushed.add(c);
      else residual.add(conjunct);
    }
    return new Split(pushed, residual);
  }
}
