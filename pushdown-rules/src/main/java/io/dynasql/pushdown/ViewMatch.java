package io.dynasql.pushdown;

import io.dynasql.pushdown.backend.ViewShape;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.rel.core.Aggregate;
import org.apache.calcite.rel.core.AggregateCall;
import org.apache.calcite.rel.core.Filter;
import org.apache.calcite.rel.core.Project;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.util.ImmutableBitSet;

/**
 * Whether a GROUP BY over a whole base table can be answered from one of its materialized views,
 * and from which: the grouping must be exactly the view's, every aggregate one the view keeps
 * (COUNT(*), COUNT(a), SUM(a) and the SUM0 Calcite makes of AVG), and any WHERE only on grouping
 * columns, since all items of a group share those. Pure: {@link ViewRewrite} builds the plan.
 *
 * @param view the view answering
 * @param inputAttributes the base attribute behind each field of the aggregate's input
 * @param filter the WHERE condition over the access's fields, or null
 * @param accessAttributes the base attribute behind each field of the access
 */
record ViewMatch(ViewShape view, List<String> inputAttributes, RexNode filter, List<String> accessAttributes) {

  /** The match for {@code agg} over [{@code project}] [{@code filter}] {@code access}, or null. */
  static ViewMatch of(Aggregate agg, Project project, Filter filter, DynamoTableAccess access) {
    AccessPath p = access.path();
    if (!access.source().pushdown() || p.kind() != AccessKind.SCAN || p.index() != null || p.filter() != null
        || p.limited() || p.countOnly()) {
      return null;
    }
    if (agg.getGroupType() != Aggregate.Group.SIMPLE || agg.getGroupSet().isEmpty()) return null;
    List<String> accessAttributes = new ArrayList<>();
    for (int f : access.fields()) accessAttributes.add(access.source().columns().get(f).attribute());
    List<String> input = accessAttributes;
    if (project != null) {
      input = new ArrayList<>();
      for (RexNode e : project.getProjects()) {
        if (!(e instanceof RexInputRef r)) return null;
        input.add(accessAttributes.get(r.getIndex()));
      }
    }
    for (ViewShape view : access.source().materializedViews()) {
      if (answers(view, agg, input) && filterOnGroups(view, filter, accessAttributes)) {
        return new ViewMatch(view, input, filter == null ? null : filter.getCondition(), accessAttributes);
      }
    }
    return null;
  }

  private static boolean answers(ViewShape view, Aggregate agg, List<String> input) {
    List<String> groups = new ArrayList<>();
    for (int g : agg.getGroupSet()) groups.add(input.get(g));
    if (groups.contains(null) || !view.groupsBy(groups)) return false;
    for (AggregateCall c : agg.getAggCallList()) {
      if (c.isDistinct() || c.hasFilter() || c.getArgList().size() > 1 || c.isApproximate()) return false;
      SqlKind kind = c.getAggregation().getKind();
      String arg = c.getArgList().isEmpty() ? null : input.get(c.getArgList().get(0));
      boolean ok = switch (kind) {
        case COUNT -> c.getArgList().isEmpty() || (arg != null && view.counts().containsKey(arg));
        case SUM, SUM0 -> arg != null && view.sums().containsKey(arg);
        default -> false;
      };
      if (!ok) return false;
    }
    return true;
  }

  private static boolean filterOnGroups(ViewShape view, Filter filter, List<String> accessAttributes) {
    if (filter == null) return true;
    ImmutableBitSet used = org.apache.calcite.plan.RelOptUtil.InputFinder.bits(filter.getCondition());
    for (int i : used) {
      String a = accessAttributes.get(i);
      if (a == null || !view.groupBy().contains(a)) return false;
    }
    return true;
  }
}
