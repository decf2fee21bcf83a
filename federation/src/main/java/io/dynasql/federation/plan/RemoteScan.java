package io.dynasql.federation.plan;

import io.dynasql.federation.LiveSource;
import io.dynasql.federation.schema.RemoteTableDef;
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
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.rel.core.TableScan;
import org.apache.calcite.rel.metadata.RelMetadataQuery;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;

/**
 * The access of a source's table: sends the statement its {@link RemoteQuery} writes and
 * returns the rows. Executable as it is (Enumerable convention); the {@link RemoteRules} replace
 * it with narrower ones, and EXPLAIN prints the remote statement verbatim.
 */
public final class RemoteScan extends TableScan implements EnumerableRel {
  /** Rows assumed of a remote table: its statistics are not read. */
  static final double TABLE_ROWS = 1000;

  private final LiveSource source;
  private final RemoteQuery query;

  RemoteScan(RelOptCluster cluster, RelTraitSet traits, RelOptTable table, LiveSource source, RemoteQuery query) {
    super(cluster, traits.replace(EnumerableConvention.INSTANCE), List.of(), table);
    this.source = source;
    this.query = query;
  }

  /** Every column, nothing pushed: what a table reference starts as. */
  public static RemoteScan of(RelOptCluster cluster, RelOptTable table, LiveSource source, RemoteTableDef def) {
    return new RemoteScan(cluster, cluster.traitSetOf(EnumerableConvention.INSTANCE), table, source, RemoteQuery.all(def));
  }

  public LiveSource source() {
    return source;
  }

  public RemoteQuery query() {
    return query;
  }

  /** A copy sending {@code q}. */
  RemoteScan with(RemoteQuery q) {
    return new RemoteScan(getCluster(), getTraitSet(), getTable(), source, q);
  }

  RemoteScan withTraits(RelTraitSet traits) {
    return new RemoteScan(getCluster(), traits, getTable(), source, query);
  }

  /** The remote statement, as sent. */
  public String sql() {
    return RemoteSqlWriter.write(query, source.dialect()).sql();
  }

  @Override
  public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
    return withTraits(traitSet);
  }

  @Override
  public RelDataType deriveRowType() {
    RelDataType full = table.getRowType();
    RelDataTypeFactory.Builder b = getCluster().getTypeFactory().builder();
    for (int f : query.fields()) b.add(full.getFieldList().get(f));
    return b.build();
  }

  @Override
  public RelWriter explainTerms(RelWriter pw) {
    return super.explainTerms(pw).item("access", "REMOTE_SQL").item("source", source.name()).item("sql", sql());
  }

  @Override
  public void register(RelOptPlanner planner) {
    RemoteRules.register(planner);
  }

  @Override
  public double estimateRowCount(RelMetadataQuery mq) {
    double rows = TABLE_ROWS * Math.pow(0.25, query.conditions().size());
    if (query.limit().isEmpty()) return rows;
    // a parameter's value is known only when it runs: assume a page of rows
    return Math.min(rows, query.limit().get() instanceof Operand.Literal l ? ((Number) l.value()).doubleValue() : 100);
  }

  /** Rows times columns fetched, plus one round trip: less pushed is always dearer. */
  @Override
  public RelOptCost computeSelfCost(RelOptPlanner planner, RelMetadataQuery mq) {
    double rows = estimateRowCount(mq);
    double cpu = rows * (query.fields().size() + 1) + (query.order().isEmpty() ? 0 : 0.1 * rows);
    return planner.getCostFactory().makeCost(rows, cpu, rows * query.fields().size());
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
