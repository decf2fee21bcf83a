package io.dynasql.pushdown;

import java.util.List;
import org.apache.calcite.adapter.enumerable.EnumerableAggregate;
import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.adapter.enumerable.EnumerableRel;
import org.apache.calcite.adapter.enumerable.EnumerableRelImplementor;
import org.apache.calcite.adapter.enumerable.JavaRowFormat;
import org.apache.calcite.adapter.enumerable.PhysType;
import org.apache.calcite.adapter.enumerable.PhysTypeImpl;
import org.apache.calcite.linq4j.tree.BlockBuilder;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptCost;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.InvalidRelException;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Aggregate;
import org.apache.calcite.rel.core.AggregateCall;
import org.apache.calcite.rel.metadata.RelMetadataQuery;
import org.apache.calcite.util.ImmutableBitSet;

/**
 * A GROUP BY that includes the partition key, over a SCAN or QUERY of the table: the store hands
 * out the items of one partition key one after another (its keys are {@code table | hash(pk) | pk
 * | sk}), so each group is finished when the key changes and is aggregated as the items stream
 * by ({@link StreamAggregates}), with no hash table of all groups and no row per item. Still an
 * {@link Aggregate} over its access, so the statement's report counts it as SQL work above the
 * store, and the access below is labelled as before.
 */
public final class DynamoStreamAggregate extends Aggregate implements EnumerableRel {
  DynamoStreamAggregate(RelOptCluster cluster, RelTraitSet traits, RelNode input, ImmutableBitSet groupSet,
      List<AggregateCall> aggCalls) {
    super(cluster, traits.replace(EnumerableConvention.INSTANCE), List.of(), input, groupSet, null, aggCalls);
  }

  @Override
  public Aggregate copy(RelTraitSet traitSet, RelNode input, ImmutableBitSet groupSet, List<ImmutableBitSet> groupSets,
      List<AggregateCall> aggCalls) {
    return new DynamoStreamAggregate(getCluster(), traitSet, input, groupSet, aggCalls);
  }

  @Override
  public RelOptCost computeSelfCost(RelOptPlanner planner, RelMetadataQuery mq) {
    // Under Calcite's hash aggregate of the same rows: nothing is hashed or boxed per row.
    RelOptCost cost = super.computeSelfCost(planner, mq);
    return cost == null ? null : cost.multiplyBy(0.5);
  }

  @Override
  public Result implement(EnumerableRelImplementor implementor, Prefer pref) {
    StreamGroups plan = getInput() instanceof DynamoTableAccess a ? StreamGroups.of(this, a) : null;
    if (plan == null) return hashed().implement(implementor, pref); // the planner chose another input for the set
    DynamoTableAccess access = (DynamoTableAccess) getInput();
    PhysType physType = PhysTypeImpl.of(implementor.getTypeFactory(), getRowType(),
        plan.scalar() ? JavaRowFormat.SCALAR : JavaRowFormat.ARRAY);
    BlockBuilder block = new BlockBuilder();
    block.add(Expressions.return_(null, Expressions.call(StreamAggregates.class, "enumerable",
        implementor.stash(access.source(), DynamoSource.class), implementor.stash(access.path(), AccessPath.class),
        implementor.stash(plan, StreamGroups.class), implementor.getRootExpression())));
    return implementor.result(physType, block.toBlock());
  }

  /** Calcite's own aggregate of the same input. */
  private EnumerableAggregate hashed() {
    try {
      return new EnumerableAggregate(getCluster(), getTraitSet(), getInput(), groupSet, groupSets, aggCalls);
    } catch (InvalidRelException e) {
      throw new IllegalStateException("an aggregate the stream accepted and Calcite does not: " + this, e);
    }
  }
}
