package io.dynasql.federation.plan;

import io.dynasql.federation.LiveSource;
import java.util.List;
import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.adapter.enumerable.EnumerableRel;
import org.apache.calcite.adapter.enumerable.EnumerableRelImplementor;
import org.apache.calcite.adapter.enumerable.JavaRowFormat;
import org.apache.calcite.adapter.enumerable.PhysType;
import org.apache.calcite.adapter.enumerable.PhysTypeImpl;
import org.apache.calcite.linq4j.tree.BlockBuilder;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.plan.RelOptCost;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.rel.core.TableScan;
import org.apache.calcite.rel.metadata.RelMetadataQuery;
import org.apache.calcite.rel.type.RelDataType;

/**
 * A GROUP BY computed by the source: one remote statement returning the groups and their
 * aggregates ({@link RemoteGroup}), instead of every row of the table. Executable (Enumerable);
 * EXPLAIN prints the statement verbatim and the run is one REMOTE_SQL label.
 */
public final class RemoteAggregateScan extends TableScan implements EnumerableRel {
  private final LiveSource source;
  private final RemoteGroup group;
  private final RelDataType rowType;
  private final double groups;

  RemoteAggregateScan(RemoteScan scan, RelDataType rowType, RemoteGroup group, double groups) {
    this(scan, scan.getTraitSet().replace(EnumerableConvention.INSTANCE), scan.source(), rowType, group, groups);
  }

  private RemoteAggregateScan(TableScan like, RelTraitSet traits, LiveSource source, RelDataType rowType, RemoteGroup group,
      double groups) {
    super(like.getCluster(), traits, List.of(), like.getTable());
    this.source = source;
    this.group = group;
    this.rowType = rowType;
    this.groups = groups;
  }

  @Override
  public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
    return new RemoteAggregateScan(this, traitSet, source, rowType, group, groups);
  }

  @Override
  public RelDataType deriveRowType() {
    return rowType;
  }

  @Override
  public RelWriter explainTerms(RelWriter pw) {
    return super.explainTerms(pw).item("access", "REMOTE_SQL").item("source", source.name())
        .item("sql", group.write(source.dialect()).sql());
  }

  @Override
  public double estimateRowCount(RelMetadataQuery mq) {
    return groups;
  }

  /** The groups fetched, a row each: fewer than the rows an aggregate in dynasql would fetch. */
  @Override
  public RelOptCost computeSelfCost(RelOptPlanner planner, RelMetadataQuery mq) {
    return RemoteCosts.fetched(planner, groups, rowType.getFieldCount());
  }

  @Override
  public Result implement(EnumerableRelImplementor implementor, Prefer pref) {
    PhysType physType = PhysTypeImpl.of(implementor.getTypeFactory(), getRowType(), pref.prefer(JavaRowFormat.ARRAY));
    BlockBuilder block = new BlockBuilder();
    Expression src = implementor.stash(source, LiveSource.class);
    Expression g = implementor.stash(group, RemoteGroup.class);
    boolean scalar = physType.getFormat() == JavaRowFormat.SCALAR;
    block.add(Expressions.return_(null, Expressions.call(RemoteGroupRunner.class, "enumerable", src, g,
        Expressions.constant(scalar), implementor.getRootExpression())));
    return implementor.result(physType, block.toBlock());
  }
}
