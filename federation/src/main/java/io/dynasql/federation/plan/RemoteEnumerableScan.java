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
 * The executable form of a {@link RemoteScan}: generated code calls {@link RemoteRunner} with
 * the source and the query, which sends the remote statement and reads its rows.
 */
public final class RemoteEnumerableScan extends TableScan implements EnumerableRel, io.dynasql.pushdown.PlannedFetch.Estimated {
  private final LiveSource source;
  private final RemoteQuery query;
  private final RelDataType rowType;

  RemoteEnumerableScan(RemoteScan logical, RelTraitSet traits) {
    this(logical, traits.replace(EnumerableConvention.INSTANCE), logical.source(), logical.query());
  }

  private RemoteEnumerableScan(TableScan like, RelTraitSet traits, LiveSource source, RemoteQuery query) {
    super(like.getCluster(), traits, List.of(), like.getTable());
    this.source = source;
    this.query = query;
    this.rowType = like.getRowType();
  }

  RemoteQuery query() {
    return query;
  }

  LiveSource source() {
    return source;
  }

  /** A copy sending {@code q} (a LIMIT added after Calcite split it from the order). */
  RemoteEnumerableScan with(RemoteQuery q) {
    return new RemoteEnumerableScan(this, getTraitSet(), source, q);
  }

  @Override
  public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
    return new RemoteEnumerableScan(this, traitSet, source, query);
  }

  @Override
  public RelDataType deriveRowType() {
    return rowType;
  }

  @Override
  public RelWriter explainTerms(RelWriter pw) {
    super.explainTerms(pw).item("access", "REMOTE_SQL").item("source", source.name())
        .item("sql", RemoteSqlWriter.write(query, source.dialect()).sql());
    return RemoteScan.estimates(pw, source, query);
  }

  @Override
  public io.dynasql.pushdown.PlannedFetch plannedFetch() {
    return RemoteEstimate.of(source, query).planned(source, query);
  }

  @Override
  public double estimateRowCount(RelMetadataQuery mq) {
    return RemoteEstimate.rows(source, query);
  }

  @Override
  public RelOptCost computeSelfCost(RelOptPlanner planner, RelMetadataQuery mq) {
    return RemoteScan.cost(planner, source, query);
  }

  @Override
  public Result implement(EnumerableRelImplementor implementor, Prefer pref) {
    PhysType physType = PhysTypeImpl.of(implementor.getTypeFactory(), getRowType(), pref.prefer(JavaRowFormat.ARRAY));
    BlockBuilder block = new BlockBuilder();
    Expression src = implementor.stash(source, LiveSource.class);
    Expression q = implementor.stash(query, RemoteQuery.class);
    boolean scalar = physType.getFormat() == JavaRowFormat.SCALAR;
    block.add(Expressions.return_(null, Expressions.call(RemoteRunner.class, "enumerable", src, q,
        Expressions.constant(scalar), implementor.getRootExpression())));
    return implementor.result(physType, block.toBlock());
  }
}
