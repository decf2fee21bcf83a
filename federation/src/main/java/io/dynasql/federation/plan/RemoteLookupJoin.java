package io.dynasql.federation.plan;

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
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptCost;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.rel.SingleRel;
import org.apache.calcite.rel.metadata.RelMetadataQuery;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.SqlExplainLevel;
import org.apache.calcite.sql.validate.SqlValidatorUtil;

/**
 * A join that reads its inner side from a source by key: the distinct keys of its outer rows
 * (its one input) are sent as {@code IN (?, ...)} batches (row values for several columns) instead of reading the remote table
 * whole (semi-join reduction). Rows are the outer row followed by the inner columns (INNER,
 * LEFT), or the outer row alone (SEMI). EXPLAIN shows the remote statement with {@code IN (?…)}
 * and the estimate; the run is one REMOTE_SQL label whose round trips count the batches.
 */
public final class RemoteLookupJoin extends SingleRel implements EnumerableRel {
  private final RemoteLookupSpec spec;

  RemoteLookupJoin(RelOptCluster cluster, RelTraitSet traits, RelNode outer, RemoteLookupSpec spec, RelDataType innerRowType) {
    super(cluster, traits.replace(EnumerableConvention.INSTANCE), outer);
    this.spec = spec;
    this.rowType = SqlValidatorUtil.deriveJoinRowType(outer.getRowType(), innerRowType, spec.type(),
        cluster.getTypeFactory(), null, List.of());
  }

  private RemoteLookupJoin(RelOptCluster cluster, RelTraitSet traits, RelNode outer, RemoteLookupSpec spec, RelDataType rowType,
      boolean copy) {
    super(cluster, traits, outer);
    this.spec = spec;
    this.rowType = rowType;
  }

  /** What the join sends and how it matches. */
  public RemoteLookupSpec spec() {
    return spec;
  }

  @Override
  public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
    return new RemoteLookupJoin(getCluster(), traitSet, sole(inputs), spec, rowType, true);
  }

  private RemoteLookupCost estimate(RelMetadataQuery mq) {
    return RemoteLookupCost.of(spec, List.of(getInput()), mq);
  }

  @Override
  public RelWriter explainTerms(RelWriter pw) {
    pw = super.explainTerms(pw).item("joinType", spec.type().lowerName).item("access", "REMOTE_SQL")
        .item("source", spec.source().name()).item("sql", spec.sql()).item("pairs", spec.pairs());
    // the inner columns' types tell apart two joins sending the same statement with a key widened or not
    if (pw.getDetailLevel() == SqlExplainLevel.DIGEST_ATTRIBUTES) return pw.item("types", spec.types());
    RemoteLookupCost e = estimate(getCluster().getMetadataQuery());
    return pw.item("batch_size", spec.batchSize()).item("est_keys", Math.round(e.keys()))
        .item("est_batches", Math.round(e.batches())).item("est_rows", Math.round(e.rows()));
  }

  @Override
  public double estimateRowCount(RelMetadataQuery mq) {
    double outer = mq.getRowCount(getInput());
    RemoteLookupCost e = estimate(mq);
    double perRow = e.rows() / e.keys();
    return switch (spec.type()) {
      case INNER -> Math.max(1, outer * perRow);
      case LEFT -> Math.max(outer, outer * perRow);
      default -> Math.max(1, outer / 2);
    };
  }

  /** The remote rows fetched, weighted by width as a {@link RemoteScan}'s are, plus a row's worth per round trip. */
  @Override
  public RelOptCost computeSelfCost(RelOptPlanner planner, RelMetadataQuery mq) {
    RemoteLookupCost e = estimate(mq);
    double width = RemoteCosts.width(spec.inner().fields().size());
    double rows = e.rows() * width + e.batches() * RemoteLookupCost.ROUND_TRIP_ROWS + mq.getRowCount(getInput());
    return planner.getCostFactory().makeCost(rows, rows, e.rows() * spec.inner().fields().size());
  }

  @Override
  public Result implement(EnumerableRelImplementor implementor, Prefer pref) {
    Result outer = implementor.visitChild(this, 0, (EnumerableRel) getInput(), Prefer.ARRAY);
    PhysType physType = PhysTypeImpl.of(implementor.getTypeFactory(), getRowType(), pref.prefer(JavaRowFormat.ARRAY));
    BlockBuilder block = new BlockBuilder();
    Expression rows = block.append("outer", outer.block);
    JavaRowFormat format = outer.physType.getFormat();
    boolean outerScalar = format == JavaRowFormat.SCALAR;
    if (!outerScalar && format != JavaRowFormat.ARRAY) rows = outer.physType.convertTo(rows, JavaRowFormat.ARRAY);
    Expression call = Expressions.call(RemoteLookupRunner.class, "join", rows,
        implementor.stash(spec, RemoteLookupSpec.class), Expressions.constant(outerScalar),
        Expressions.constant(physType.getFormat() == JavaRowFormat.SCALAR), implementor.getRootExpression());
    block.add(Expressions.return_(null, call));
    return implementor.result(physType, block.toBlock());
  }
}
