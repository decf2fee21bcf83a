package io.dynasql.pushdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Aggregate;
import org.apache.calcite.rel.core.AggregateCall;
import org.apache.calcite.rel.core.Project;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlKind;

/**
 * What EXPLAIN adds under a plan that computes a GROUP BY above a full SCAN a materialized view
 * could answer: the CREATE MATERIALIZED VIEW that would, with its trade-off: the read units each
 * run would no longer read, against the write units each base write would then cost (one UpdateItem
 * of a group item under 1 KB; two when the write moves an item to another group), weighed in dollars
 * a month by the table's observed write and full-scan rates when there are some ({@link ViewTradeOff}).
 */
public final class ViewSuggestions {
  /** What a view's group item weighs, about: a key, the group values and a few counters. */
  private static final double GROUP_ITEM_BYTES = 100;

  private ViewSuggestions() {}

  /** One line per GROUP BY in {@code plan} that a view could answer, e.g. {@code suggest: CREATE ...}. */
  public static List<String> of(RelNode plan) {
    List<String> out = new ArrayList<>();
    collect(plan, out);
    return out;
  }

  private static void collect(RelNode rel, List<String> out) {
    if (rel instanceof Aggregate agg) {
      String s = suggest(agg);
      if (s != null) out.add(s);
    }
    for (RelNode input : rel.getInputs()) collect(input, out);
  }

  private static String suggest(Aggregate agg) {
    RelNode input = agg.getInput();
    Project project = input instanceof Project p ? p : null;
    if (project != null) input = project.getInput();
    if (!(input instanceof DynamoTableAccess access)) return null;
    AccessPath p = access.path();
    if (p.kind() != AccessKind.SCAN || p.index() != null || p.filter() != null || p.limit() != null) return null;
    if (agg.getGroupType() != Aggregate.Group.SIMPLE || agg.getGroupSet().isEmpty()) return null;
    List<String> attributes = new ArrayList<>();
    for (int f : access.fields()) attributes.add(access.source().columns().get(f).attribute());
    if (project != null) {
      List<String> projected = new ArrayList<>();
      for (RexNode e : project.getProjects()) {
        if (!(e instanceof RexInputRef r)) return null;
        projected.add(attributes.get(r.getIndex()));
      }
      attributes = projected;
    }
    List<String> groups = new ArrayList<>();
    for (int g : agg.getGroupSet()) groups.add(attributes.get(g));
    List<String> selected = new ArrayList<>();
    for (AggregateCall c : agg.getAggCallList()) {
      if (c.isDistinct() || c.hasFilter() || c.getArgList().size() > 1) return null;
      String arg = c.getArgList().isEmpty() ? null : attributes.get(c.getArgList().get(0));
      SqlKind kind = c.getAggregation().getKind();
      String fn = kind == SqlKind.SUM0 ? "SUM" : kind.name();
      if (!(kind == SqlKind.COUNT || kind == SqlKind.SUM || kind == SqlKind.SUM0 || kind == SqlKind.AVG)) return null;
      if (c.getArgList().size() == 1 && arg == null) return null;
      String item = arg == null ? "COUNT(*) AS n" : fn + "(" + name(arg) + ") AS " + fn.toLowerCase(Locale.ROOT) + "_" + word(arg);
      if (!selected.contains(item)) selected.add(item);
    }
    if (groups.contains(null)) return null;
    for (io.dynasql.pushdown.backend.ViewShape v : access.source().materializedViews()) {
      if (v.groupsBy(groups)) return null; // one exists already
    }
    String table = access.source().shape().name();
    String view = table + "_by_" + String.join("_", groups.stream().map(ViewSuggestions::word).toList());
    double base = AccessEstimate.of(p, access.source()).readUnits();
    double groupsRead = agg.getCluster().getMetadataQuery().getRowCount(agg);
    double viewUnits = Math.max(1, Math.ceil(groupsRead * GROUP_ITEM_BYTES / AccessCost.READ_UNIT_BYTES))
        / (access.source().consistentRead() ? 1 : 2);
    List<String> columns = new ArrayList<>(groups.stream().map(ViewSuggestions::name).toList());
    columns.addAll(selected);
    return "suggest: CREATE MATERIALIZED VIEW " + view + " AS SELECT " + String.join(", ", columns) + " FROM " + name(table)
        + " GROUP BY " + String.join(", ", groups.stream().map(ViewSuggestions::name).toList())
        + " -- " + new ViewTradeOff(Math.max(0, base - viewUnits), 1, access.source().backend().observedRates(),
            access.source().readUnitPrice(), access.source().writeUnitPrice()).text();
  }

  /** A name as SQL must write it: quoted unless a plain identifier. */
  private static String name(String n) {
    return n.matches("[A-Za-z_][A-Za-z0-9_]*") ? n : "\"" + n.replace("\"", "\"\"") + "\"";
  }

  /** A name made fit for a view or column name. */
  private static String word(String n) {
    return n.replaceAll("[^A-Za-z0-9_]", "_");
  }

}
