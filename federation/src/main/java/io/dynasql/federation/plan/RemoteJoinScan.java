package io.dynasql.federation.plan;

import io.dynasql.federation.LiveSource;
import io.dynasql.pushdown.AccessReport;
import java.util.List;
import org.apache.calcite.DataContext;
import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.adapter.enumerable.EnumerableRel;
import org.apache.calcite.adapter.enumerable.EnumerableRelImplementor;
import org.apache.calcite.adapter.enumerable.JavaRowFormat;
import org.apache.calcite.adapter.enumerable.PhysType;
import org.apache.calcite.adapter.enumerable.PhysTypeImpl;
import org.apache.calcite.linq4j.AbstractEnumerable;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Enumerator;
import org.apache.calcite.linq4j.tree.BlockBuilder;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.plan.RelOptCost;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.AbstractRelNode;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.rel.core.Join;
import org.apache.calcite.rel.metadata.RelMetadataQuery;
import org.apache.calcite.rel.type.RelDataType;

/**
 * A join of tables of one source computed by the source: one remote statement
 * ({@link RemoteJoin}) returning the joined rows. Executable (Enumerable); EXPLAIN prints the
 * statement verbatim and the run is one REMOTE_SQL label.
 */
public final class RemoteJoinScan extends AbstractRelNode implements EnumerableRel {
  private final RemoteJoin join;
  private final double rows;

  RemoteJoinScan(Join like, RemoteJoin join, double rows) {
    this(like.getCluster().traitSetOf(EnumerableConvention.INSTANCE), like, join, rows);
  }

  private RemoteJoinScan(RelTraitSet traits, RelNode like, RemoteJoin join, double rows) {
    super(like.getCluster(), traits);
    this.join = join;
    this.rows = rows;
    this.rowType = like.getRowType();
  }

  /** What it sends. */
  RemoteJoin join() {
    return join;
  }

  @Override
  public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
    return new RemoteJoinScan(traitSet, this, join, rows);
  }

  @Override
  protected RelDataType deriveRowType() {
    return rowType;
  }

  @Override
  public RelWriter explainTerms(RelWriter pw) {
    LiveSource s = join.left().source();
    pw = super.explainTerms(pw).item("joinType", join.type().lowerName).item("access", "REMOTE_SQL")
        .item("source", s.name()).item("sql", join.write(s.dialect()).sql());
    // the columns' types tell apart two joins sending the same statement with a key widened or not
    return pw.getDetailLevel() == org.apache.calcite.sql.SqlExplainLevel.DIGEST_ATTRIBUTES ? pw.item("types", join.types()) : pw;
  }

  @Override
  public double estimateRowCount(RelMetadataQuery mq) {
    return rows;
  }

  /** The joined rows fetched, weighted by width as a {@link RemoteScan}'s rows are. */
  @Override
  public RelOptCost computeSelfCost(RelOptPlanner planner, RelMetadataQuery mq) {
    return RemoteCosts.fetched(planner, rows, rowType.getFieldCount());
  }

  @Override
  public Result implement(EnumerableRelImplementor implementor, Prefer pref) {
    PhysType physType = PhysTypeImpl.of(implementor.getTypeFactory(), getRowType(), pref.prefer(JavaRowFormat.ARRAY));
    BlockBuilder block = new BlockBuilder();
    Expression j = implementor.stash(join, RemoteJoin.class);
    boolean scalar = physType.getFormat() == JavaRowFormat.SCALAR;
    block.add(Expressions.return_(null, Expressions.call(RemoteJoinScan.class, "enumerable", j,
        Expressions.constant(scalar), implementor.getRootExpression())));
    return implementor.result(physType, block.toBlock());
  }

  /** Called by the code {@link #implement} generates: sends the join and reads its rows, widened to the join's types. */
  public static Enumerable<Object> enumerable(RemoteJoin join, boolean scalar, DataContext root) {
    LiveSource source = join.left().source();
    RemoteSqlWriter.Written written = join.write(source.dialect());
    RemoteQuery table = join.asQuery();
    List<org.apache.calcite.sql.type.SqlTypeName> types = join.types();
    return io.dynasql.pushdown.CancelChecks.checked(new AbstractEnumerable<>() {
      @Override
      public Enumerator<Object> enumerator() {
        Object[] values = RemoteRunner.bind(written.operands(), table, root);
        return new RemoteRows(source, table, written.sql(), values, scalar, AccessReport.of(root), (rs, size) -> {
          Object[] row = new Object[types.size()];
          for (int i = 0; i < row.length; i++) {
            row[i] = RemoteKeys.widened(RemoteValues.read(rs, i + 1, table.table().columns().get(i), table.table().name()), types.get(i));
            size[0] += RemoteValues.size(row[i]);
          }
          return row;
        });
      }
    }, root);
  }
}
