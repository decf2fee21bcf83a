package io.dynasql.federation.plan;

import org.apache.calcite.adapter.enumerable.EnumerableLimit;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rex.RexDynamicParam;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Pushes a LIMIT that Calcite split from its ORDER BY ({@link RemoteRules#LIMIT}): once the order
 * is the source's, the source may stop after the first rows too.
 */
final class RemoteLimitRule extends RelRule<RemoteRuleConfig> {
  static final RemoteRuleConfig CONFIG = new RemoteRuleConfig("RemoteLimitRule",
      b -> b.operand(EnumerableLimit.class).oneInput(a -> a.operand(RemoteEnumerableScan.class).noInputs()),
      org.apache.calcite.rel.core.RelFactories.LOGICAL_BUILDER, RemoteLimitRule::new);

  private RemoteLimitRule(RemoteRuleConfig config) {
    super(config);
  }

  /** The row count {@code fetch} gives, as the operand of the remote LIMIT, or null when it is an expression. */
  static Operand count(RexNode fetch) {
    if (fetch instanceof RexLiteral l) return new Operand.Literal(l.getValueAs(Long.class));
    if (fetch instanceof RexDynamicParam p) return new Operand.Parameter(p.getIndex(), SqlTypeName.BIGINT);
    return null;
  }

  @Override
  public boolean matches(RelOptRuleCall call) {
    EnumerableLimit limit = call.rel(0);
    RemoteEnumerableScan scan = call.rel(1);
    return RemoteScan.pushdown(scan.getTable()) && limit.offset == null && limit.fetch != null && count(limit.fetch) != null && scan.query().limit().isEmpty();
  }

  @Override
  public void onMatch(RelOptRuleCall call) {
    EnumerableLimit limit = call.rel(0);
    RemoteEnumerableScan scan = call.rel(1);
    call.transformTo(scan.with(scan.query().withLimit(count(limit.fetch))));
  }
}
