package io.dynasql.pushdown;

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
 * A join that reads its inner dynasql table by key, once per distinct key of its outer rows
 * (its one input): BATCH_GET of whole keys, 100 a call, or a QUERY per partition key, as its
 * {@link LookupPath} says. Rows are the outer row followed by the inner columns (INNER, LEFT), or
 * the outer row alone (SEMI). It is an access of the store ({@link DynamoAccessNode}), so
 * plan checks and reports see a BATCH_GET or QUERY where a hash join would have scanned.
 */
public final class DynamoLookupJoin extends SingleRel implements EnumerableRel, DynamoAccessNode, PlannedFetch.Estimated {
  private final LookupSpec spec;

  DynamoLookupJoin(RelOptCluster cluster, RelTraitSet traits, RelNode outer, LookupSpec spec, RelDataType innerRowType) {
    super(cluster, traits.replace(EnumerableConvention.INSTANCE), outer);
    this.spec = spec;
    this.rowType = SqlValidatorUtil.deriveJoinRowType(outer.getRowType(), innerRowType, spec.type(),
        cluster.getTypeFactory(), null, List.of());
  }

  private DynamoLookupJoin(RelOptCluster cluster, RelTraitSet traits, RelNode outer, LookupSpec spec, RelDataType rowType,
      boolean copy) {
    super(cluster, traits, outer);
    this.spec = spec;
    this.rowType = rowType;
  }

  /** What the join reads and how it matches. */
  public LookupSpec spec() {
    return spec;
  }

  @Override public AccessPath path() { return spec.path().asAccessPath(); }

  @Override public DynamoSource source() { return spec.source(); }

  @Override
  public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
    return new DynamoLookupJoin(getCluster(), traitSet, sole(inputs), spec, rowType, true);
  }

  /** The estimate for the outer side's distinct keys, as the planner has them now. */
  LookupCost estimate(RelMetadataQuery mq) {
    return LookupCost.of(spec.path(), spec.source(), LookupChoice.distinctKeys(getInput(), spec.path(), mq));
  }

  @Override
  public RelWriter explainTerms(RelWriter pw) {
    pw = super.explainTerms(pw).item("joinType", spec.type().lowerName).item("path", spec.path().toString())
        .item("fields", org.apache.calcite.util.ImmutableIntList.of(spec.innerFields()))
        .item("pairs", spec.pairs());
    if (pw.getDetailLevel() == SqlExplainLevel.DIGEST_ATTRIBUTES) return pw;
    LookupCost e = estimate(getCluster().getMetadataQuery());
    return pw.item("est_calls", Math.round(e.calls())).item("est_items", Math.round(e.items()))
        .item("est_read_units", e.readUnits()).item("est_usd", AccessEstimate.twoDigits(e.dollars()));
  }

  /** Every lookup the join makes, as a statement's budget counts it (not one call's worth). */
  @Override
  public PlannedFetch plannedFetch() {
    LookupCost e = estimate(getCluster().getMetadataQuery());
    AccessPath p = path();
    double itemBytes = spec.source().backend().statistics().of(p.index()).averageItemBytes();
    return new PlannedFetch("table " + p.table() + " (lookup join, est_calls=" + Math.round(e.calls()) + ")", e.items(),
        e.items() * itemBytes, e.dollars());
  }

  @Override
  public double estimateRowCount(RelMetadataQuery mq) {
    double outer = mq.getRowCount(getInput());
    LookupCost e = estimate(mq);
    double perRow = e.items() / e.keys() * (spec.path().inner().filter() == null ? 1 : 0.5);
    return switch (spec.type()) {
      case INNER -> Math.max(1, outer * perRow);
      case LEFT -> Math.max(outer, outer * perRow);
      default -> Math.max(1, outer / 2);
    };
  }

  /**
   * Its rows plus the inner items a SCAN would read, scaled by the read units of the lookups over
   * the SCAN's: never more than a hash join over that SCAN (which pays the scanned rows twice,
   * once in the access and once in the join), since the rule only makes it when the lookups cost
   * no more read units.
   */
  @Override
  public RelOptCost computeSelfCost(RelOptPlanner planner, RelMetadataQuery mq) {
    double scanItems = AccessCost.itemsRead(AccessPath.scan(spec.source().shape().name()), spec.source());
    double ratio = estimate(mq).readUnits() / Math.max(1e-9, LookupCost.scanUnits(spec.source()));
    double rows = mq.getRowCount(this) + scanItems * Math.min(1, ratio);
    return planner.getCostFactory().makeCost(rows, rows, scanItems * ratio);
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
    Expression call = Expressions.call(LookupRunner.class, "join", rows,
        implementor.stash(spec, LookupSpec.class), Expressions.constant(outerScalar),
        Expressions.constant(physType.getFormat() == JavaRowFormat.SCALAR), implementor.getRootExpression());
    block.add(Expressions.return_(null, call));
    return implementor.result(physType, block.toBlock());
  }
}
