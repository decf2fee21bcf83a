package io.dynasql.federation.plan;

import io.dynasql.federation.LiveSource;
import io.dynasql.federation.schema.RemoteTableDef;
import io.dynasql.pushdown.PlannedFetch;
import java.util.List;
import org.apache.calcite.plan.Convention;
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
 * returns the rows. Logical (convention NONE), so that the {@link RemoteRules} meet it under every
 * logical filter, project and sort; {@link RemoteRules#TO_ENUMERABLE} makes the executable
 * {@link RemoteEnumerableScan} of each narrowed one. EXPLAIN prints the remote statement verbatim.
 */
public final class RemoteScan extends TableScan implements PlannedFetch.Estimated {
  private final LiveSource source;
  private final RemoteQuery query;

  RemoteScan(RelOptCluster cluster, RelTraitSet traits, RelOptTable table, LiveSource source, RemoteQuery query) {
    super(cluster, traits, List.of(), table);
    this.source = source;
    this.query = query;
  }

  /** Every column, nothing pushed: what a table reference starts as. */
  public static RemoteScan of(RelOptCluster cluster, RelOptTable table, LiveSource source, RemoteTableDef def) {
    return new RemoteScan(cluster, cluster.traitSetOf(Convention.NONE), table, source, RemoteQuery.all(def));
  }

  public LiveSource source() {
    return source;
  }

  public RemoteQuery query() {
    return query;
  }

  /** Whether the rules may narrow this access; false (pushdown=false) sends the plain SELECT of every column. */
  public boolean pushdown() {
    return pushdown(getTable());
  }

  static boolean pushdown(RelOptTable table) {
    io.dynasql.federation.schema.RemoteTable t = table.unwrap(io.dynasql.federation.schema.RemoteTable.class);
    return t == null || t.pushdown();
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
    return estimates(super.explainTerms(pw).item("access", "REMOTE_SQL").item("source", source.name()).item("sql", sql()),
        source, query);
  }

  /**
   * Adds the estimate to an EXPLAIN listing; not to a digest, where it would tell equal accesses
   * apart and read statistics for every node the planner registers.
   */
  static RelWriter estimates(RelWriter pw, LiveSource source, RemoteQuery query) {
    if (pw.getDetailLevel() == org.apache.calcite.sql.SqlExplainLevel.DIGEST_ATTRIBUTES) return pw;
    RemoteEstimate e = RemoteEstimate.of(source, query);
    return pw.item("est_rows", Math.round(e.rows())).item("est_bytes", Math.round(e.bytes()))
        .item("est_usd", source.definition().price().priced() ? io.dynasql.pushdown.AccessEstimate.twoDigits(e.dollars()) : "unpriced");
  }

  @Override
  public PlannedFetch plannedFetch() {
    return RemoteEstimate.of(source, query).planned(source, query);
  }

  @Override
  public void register(RelOptPlanner planner) {
    RemoteRules.register(planner);
  }

  @Override
  public double estimateRowCount(RelMetadataQuery mq) {
    return RemoteEstimate.rows(source, query);
  }

  /**
   * Rows weighted by the columns fetched: less pushed is always dearer. The weight is in the
   * row-count part of the cost because Volcano compares costs by that part alone, so an access
   * reading fewer columns must count as fewer (narrower) rows to win.
   */
  @Override
  public RelOptCost computeSelfCost(RelOptPlanner planner, RelMetadataQuery mq) {
    return cost(planner, source, query);
  }

  static RelOptCost cost(RelOptPlanner planner, LiveSource source, RemoteQuery query) {
    double rows = RemoteEstimate.rows(source, query);
    return RemoteCosts.fetched(planner, rows, query.fields().size());
  }
}
