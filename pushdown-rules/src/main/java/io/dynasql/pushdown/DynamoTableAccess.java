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
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.hint.RelHint;
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.rel.core.TableScan;
import org.apache.calcite.rel.metadata.RelMetadataQuery;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.util.ImmutableIntList;

/**
 * The one physical table access of dynasql: reads the store as its {@link AccessPath} says and
 * returns the columns {@code fields} of the table. Rules replace it with narrower accesses; it
 * is itself executable (Enumerable convention), so nothing ever fails at code generation.
 */
public final class DynamoTableAccess extends TableScan implements EnumerableRel, DynamoAccessNode {
  private final DynamoSource source;
  private final AccessPath path;
  private final ImmutableIntList fields;

  public DynamoTableAccess(RelOptCluster cluster, RelTraitSet traits, RelOptTable table,
      DynamoSource source, AccessPath path, ImmutableIntList fields) {
    this(cluster, traits, List.of(), table, source, path, fields);
  }

  private DynamoTableAccess(RelOptCluster cluster, RelTraitSet traits, List<RelHint> hints, RelOptTable table,
      DynamoSource source, AccessPath path, ImmutableIntList fields) {
    super(cluster, traits.replace(EnumerableConvention.INSTANCE), hints, table);
    this.source = source;
    this.path = path;
    this.fields = fields;
  }

  /** A full scan of every column: what a table reference starts as. */
  public static DynamoTableAccess of(RelOptCluster cluster, RelOptTable table, DynamoSource source) {
    return new DynamoTableAccess(cluster, cluster.traitSetOf(EnumerableConvention.INSTANCE), table,
        source, AccessPath.scan(source.shape().name()),
        ImmutableIntList.identity(source.columns().size()));
  }

  @Override public DynamoSource source() { return source; }

  @Override public AccessPath path() { return path; }

  public ImmutableIntList fields() { return fields; }

  /** A copy reading another path and columns. */
  public DynamoTableAccess with(AccessPath p, ImmutableIntList f) {
    return new DynamoTableAccess(getCluster(), getTraitSet(), hints, getTable(), source, p, f);
  }

  /** A copy with other traits (a sort-key order, for instance). */
  public DynamoTableAccess withTraits(RelTraitSet traits) {
    return new DynamoTableAccess(getCluster(), traits, hints, getTable(), source, path, fields);
  }

  /** A copy carrying {@code hints} ({@link AccessHints}): how Calcite's converter hands them down. */
  @Override
  public RelNode withHints(List<RelHint> hints) {
    return new DynamoTableAccess(getCluster(), getTraitSet(), hints, getTable(), source, path, fields);
  }

  /** The index hints that name this access's table. */
  public AccessHints accessHints() {
    return AccessHints.of(hints, source.shape().name());
  }

  @Override
  public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
    return withTraits(traitSet);
  }

  @Override
  public RelDataType deriveRowType() {
    RelDataType full = table.getRowType();
    RelDataTypeFactory.Builder b = getCluster().getTypeFactory().builder();
    for (int f : fields) b.add(full.getFieldList().get(f));
    return b.build();
  }

  @Override
  public RelWriter explainTerms(RelWriter pw) {
    return AccessEstimate.explain(super.explainTerms(pw).item("path", path.toString()).item("fields", fields),
        path, source);
  }

  @Override
  public void register(RelOptPlanner planner) {
    DynamoRules.register(planner);
    MetadataHandlers.useReflective(getCluster());
  }

  @Override
  public double estimateRowCount(RelMetadataQuery mq) {
    return AccessCost.plannedRows(path, source, fields.size());
  }

  @Override
  public RelOptCost computeSelfCost(RelOptPlanner planner, RelMetadataQuery mq) {
    return AccessCost.cost(planner, path, source, fields.size());
  }

  @Override
  public Result implement(EnumerableRelImplementor implementor, Prefer pref) {
    PhysType physType = PhysTypeImpl.of(implementor.getTypeFactory(), getRowType(), pref.prefer(JavaRowFormat.ARRAY));
    BlockBuilder block = new BlockBuilder();
    Expression src = implementor.stash(source, DynamoSource.class);
    Expression p = implementor.stash(path, AccessPath.class);
    Expression f = implementor.stash(fields.toIntArray(), int[].class);
    boolean scalar = physType.getFormat() == JavaRowFormat.SCALAR;
    Expression call = Expressions.call(AccessRunner.class, "enumerable", src, p, f,
        Expressions.constant(scalar), implementor.getRootExpression());
    block.add(Expressions.return_(null, call));
    return implementor.result(physType, block.toBlock());
  }
}
