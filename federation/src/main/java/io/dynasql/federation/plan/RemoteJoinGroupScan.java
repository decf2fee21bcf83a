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
import org.apache.calcite.rel.AbstractRelNode;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.rel.metadata.RelMetadataQuery;
import org.apache.calcite.rel.type.RelDataType;

/**
 * A GROUP BY over a join of tables of one source, computed by the source: one remote statement
 * ({@link RemoteGroup#over}) returning the groups instead of the joined rows. Executable
 * (Enumerable), run by {@link RemoteGroupRunner}; EXPLAIN prints the statement verbatim and the
 * run is one REMOTE_SQL label.
 */
public final class RemoteJoinGroupScan extends AbstractRelNode implements EnumerableRel {
  private final RemoteGroup group;
  private final double groups;

  RemoteJoinGroupScan(RelNode like, RemoteGroup group, double groups) {
    this(like.getCluster().traitSetOf(EnumerableConvention.INSTANCE), like, group, groups);
  }

  private RemoteJoinGroupScan(RelTraitSet traits, RelNode like, RemoteGroup group, double groups) {
    super(like.getCluster(), traits);
    this.group = group;
    this.groups = groups;
    this.rowType = like.getRowType();
  }

  private LiveSource source() {
    return group.join().orElseThrow().source();
  }

  @Override
  public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
    return new RemoteJoinGroupScan(traitSet, this, group, groups);
  }

  @Override
  protected RelDataType deriveRowType() {
    return rowType;
  }

  @Override
  public RelWriter explainTerms(RelWriter pw) {
    return super.explainTerms(pw).item("access", "REMOTE_SQL").item("source", source().name())
        .item("sql", group.write(source().dialect()).sql());
  }

  @Override
  public double estimateRowCount(RelMetadataQuery mq) {
    return groups;
  }

  /** The groups fetched, a row each, weighted by width as a {@link RemoteScan}'s rows are. */
  @Override
  public RelOptCost computeSelfCost(RelOptPlanner planner, RelMetadataQuery mq) {
    return RemoteCosts.fetched(planner, groups, rowType.getFieldCount());
  }

  @Override
  public Result implement(EnumerableRelImplementor implementor, Prefer pref) {
    PhysType physType = PhysTypeImpl.of(implementor.getTypeFactory(), getRowType(), pref.prefer(JavaRowFormat.ARRAY));
    BlockBuilder block = new BlockBuilder();
    Expression src = implementor.stash(source(), LiveSource.class);
    Expression g = implementor.stash(group, RemoteGroup.class);
    boolean scalar = physType.getFormat() == JavaRowFormat.SCALAR;
    block.add(Expressions.return_(null, Expressions.call(RemoteGroupRunner.class, "enumerable", src, g,
        Expressions.constant(scalar), implementor.getRootExpression())));
    return implementor.result(physType, block.toBlock());
  }
}
