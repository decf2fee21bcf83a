package io.dynasql.pushdown;

import java.util.List;
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
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.rel.core.TableScan;
import org.apache.calcite.rel.metadata.RelMetadataQuery;
import org.apache.calcite.rel.type.RelDataType;

/**
 * {@code COUNT(*)} answered by the store: the access reads (and is charged for) the items as
 * usual, but only counts the matches (DynamoDB's {@code Select COUNT}); one row comes back.
 */
public final class DynamoCount extends TableScan implements EnumerableRel, DynamoAccessNode {
  private final DynamoSource source;
  private final AccessPath path;
  private final RelDataType rowType;

  DynamoCount(RelOptCluster cluster, RelTraitSet traits, RelOptTable table, DynamoSource source,
      AccessPath path, RelDataType rowType) {
    super(cluster, traits.replace(EnumerableConvention.INSTANCE), List.of(), table);
    this.source = source;
    this.path = path;
    this.rowType = rowType;
  }

  @Override public DynamoSource source() { return source; }

  @Override public AccessPath path() { return path; }

  @Override
  public RelDataType deriveRowType() {
    return rowType;
  }

  @Override
  public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
    return new DynamoCount(getCluster(), traitSet, getTable(), source, path, rowType);
  }

  @Override
  public RelWriter explainTerms(RelWriter pw) {
    return AccessEstimate.explain(super.explainTerms(pw).item("path", path.toString()), path, source);
  }

  @Override
  public double estimateRowCount(RelMetadataQuery mq) {
    return 1;
  }

  @Override
  public RelOptCost computeSelfCost(RelOptPlanner planner, RelMetadataQuery mq) {
    // Slightly under the access it replaces: the same items are read, none are turned into rows.
    RelOptCost read = AccessCost.cost(planner, path, source, 1);
    return read.multiplyBy(0.9);
  }

  @Override
  public Result implement(EnumerableRelImplementor implementor, Prefer pref) {
    PhysType physType = PhysTypeImpl.of(implementor.getTypeFactory(), getRowType(), JavaRowFormat.SCALAR);
    BlockBuilder block = new BlockBuilder();
    block.add(Expressions.return_(null, Expressions.call(AccessRunner.class, "count",
        implementor.stash(source, DynamoSource.class), implementor.stash(path, AccessPath.class),
        implementor.getRootExpression())));
    return implementor.result(physType, block.toBlock());
  }
}
