package io.dynasql.federation.plan;

import io.dynasql.federation.LiveSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.plan.Convention;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.volcano.RelSubset;
import org.apache.calcite.plan.volcano.VolcanoPlanner;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.logical.LogicalProject;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.rex.RexNode;

/**
 * What a join input can be read as: the remote statements among the expressions of its set (a
 * logical {@link RemoteScan}, its executable copy, or a projection of bare columns of either,
 * seen as a statement returning those columns), and all the set's expressions for estimates.
 */
final class RemoteInputs {
  /**
   * A remote statement a join input is equivalent to.
   *
   * @param source its source
   * @param query the statement, returning the input's columns in order
   * @param types each column's type in the input, when a projection widened an exact number
   *     (Calcite casts {@code INTEGER} to {@code BIGINT} to compare it with a {@code BIGINT})
   */
  record Remote(LiveSource source, RemoteQuery query, List<SqlTypeName> types) implements RemoteFrom {
    Remote(LiveSource source, RemoteQuery query) {
      this(source, query, query.fields().stream().map(f -> query.table().columns().get(f).type()).toList());
    }

    @Override
    public List<io.dynasql.federation.schema.RemoteColumn> columns() {
      return query.fields().stream().map(f -> query.table().columns().get(f)).toList();
    }

    @Override
    public double rows() {
      return RemoteEstimate.rows(source, query);
    }

    /** Each column once: a derived table's names must be unique (a side may return one column twice). */
    @Override
    public RemoteSqlWriter.Written derived(io.dynasql.federation.Dialect d) {
      return RemoteSqlWriter.write(query.withFields(query.fields().stream().distinct().toList()), d);
    }

    @Override
    public String ref(int i, io.dynasql.federation.Dialect d) {
      return d.quote(columns().get(i).name());
    }

    @Override
    public io.dynasql.federation.schema.RemoteTableDef firstTable() {
      return query.table();
    }

    @Override
    public String tables() {
      return query.table().name();
    }
  }

  private RemoteInputs() {}

  /** The statements {@code input} is equivalent to, without ORDER BY; none with a LIMIT (keys cannot be added under it). */
  static List<Remote> of(RelNode input, RelOptPlanner planner) {
    Set<Remote> out = new LinkedHashSet<>();
    for (RelNode rel : rels(input, planner)) {
      Remote r = remote(rel);
      if (r != null) out.add(r);
      if (!(rel instanceof LogicalProject p)) continue;
      List<Integer> refs = refs(p.getProjects());
      if (refs == null) continue;
      List<SqlTypeName> types = p.getProjects().stream().map(e -> e.getType().getSqlTypeName()).toList();
      for (RelNode below : rels(p.getInput(), planner)) {
        Remote b = remote(below);
        if (b == null) continue;
        List<Integer> fields = new ArrayList<>();
        for (int i : refs) fields.add(b.query().fields().get(i));
        out.add(new Remote(b.source(), b.query().withFields(fields), types));
      }
    }
    return new ArrayList<>(out);
  }

  private static Remote remote(RelNode rel) {
    RemoteQuery q;
    LiveSource s;
    if (rel instanceof org.apache.calcite.rel.core.TableScan t && !RemoteScan.pushdown(t.getTable())) {
      return null; // pushdown=false: neither a join nor a join's keys are sent to the source
    }
    if (rel instanceof RemoteScan scan) {
      q = scan.query();
      s = scan.source();
    } else if (rel instanceof RemoteEnumerableScan scan) {
      q = scan.query();
      s = scan.source();
    } else {
      return null;
    }
    return q.limit().isPresent() ? null : new Remote(s, q.withOrder(List.of()));
  }

  /** The expressions {@code input} stands for, in any convention (a subset itself excluded). */
  static List<RelNode> equivalents(RelNode input, RelOptPlanner planner) {
    List<RelNode> rels = rels(input, planner);
    rels.removeIf(r -> r instanceof RelSubset);
    return rels.isEmpty() ? List.of(input) : rels;
  }

  static List<RelNode> rels(RelNode input, RelOptPlanner planner) {
    List<RelNode> rels = new ArrayList<>();
    if (!(input instanceof RelSubset s)) {
      rels.add(input);
      return rels;
    }
    rels.addAll(s.getRelList());
    if (planner instanceof VolcanoPlanner v) {
      for (Convention c : List.of(EnumerableConvention.INSTANCE, Convention.NONE)) {
        RelSubset other = v.getSubset(s, s.getTraitSet().replace(c));
        if (other != null && other != s) rels.addAll(other.getRelList());
      }
    }
    return rels;
  }

  /** For each output of a projection of columns (or exact numbers widened), the input column; null for any other. */
  private static List<Integer> refs(List<RexNode> projects) {
    List<Integer> refs = new ArrayList<>();
    for (RexNode e : projects) {
      Integer ref = column(e);
      if (ref == null) return null;
      refs.add(ref);
    }
    return refs;
  }

  /** The column {@code e} reads, possibly under a CAST that widens an exact number (every value kept), or null. */
  static Integer column(RexNode e) {
    if (e.getKind() == SqlKind.CAST) {
      RexNode inner = ((RexCall) e).getOperands().get(0);
      if (!RemoteKeys.exact(inner.getType().getSqlTypeName()) || !RemoteKeys.exact(e.getType().getSqlTypeName())
          || !LiteralValues.widens(inner.getType(), e.getType())) {
        return null;
      }
      e = inner;
    }
    return e instanceof RexInputRef r ? r.getIndex() : null;
  }
}
