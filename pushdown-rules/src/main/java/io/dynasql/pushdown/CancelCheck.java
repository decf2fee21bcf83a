package io.dynasql.pushdown;

import java.util.List;
import org.apache.calcite.adapter.enumerable.EnumerableRel;
import org.apache.calcite.adapter.enumerable.EnumerableRelImplementor;
import org.apache.calcite.linq4j.tree.BlockBuilder;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.SingleRel;

/**
 * Passes its input's rows through unchanged, failing the statement once its cancel flag is
 * raised ({@link CancelChecks#checked}). Placed by {@link CancelChecks#insert} under every input
 * of a join, sort or aggregate of a final plan, whose generated code never looks at the flag.
 */
public final class CancelCheck extends SingleRel implements EnumerableRel {
  private CancelCheck(RelOptCluster cluster, RelTraitSet traits, RelNode input) {
    super(cluster, traits, input);
  }

  /** A check over {@code input}, with its traits (convention, collation): it changes no row. */
  static CancelCheck over(RelNode input) {
    return new CancelCheck(input.getCluster(), input.getTraitSet(), input);
  }

  @Override
  public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
    return new CancelCheck(getCluster(), traitSet, sole(inputs));
  }

  @Override
  public Result implement(EnumerableRelImplementor implementor, Prefer pref) {
    Result input = implementor.visitChild(this, 0, (EnumerableRel) getInput(), pref);
    BlockBuilder block = new BlockBuilder();
    Expression rows = block.append("rows", input.block);
    block.add(Expressions.return_(null,
        Expressions.call(CancelChecks.class, "checked", rows, implementor.getRootExpression())));
    return implementor.result(input.physType, block.toBlock());
  }
}
