package io.dynasql.pushdown;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.rel.logical.LogicalFilter;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexUtil;

/**
 * What a WHERE clause over an access can push into it: the access path chosen for its
 * conjuncts (key conditions, an index), the store filter, and the conjuncts left for SQL.
 * Pure: {@link FilterIntoAccessRule} asks for it in {@code matches()} and applies it in
 * {@code onMatch()}.
 *
 * @param path the narrowed access path
 * @param residual the conjuncts the store cannot evaluate exactly as SQL does
 */
record FilterPushdown(AccessPath path, List<RexNode> residual) {

  /** The pushdown of {@code filter} into {@code access}, or null when nothing can be pushed. */
  static FilterPushdown of(LogicalFilter filter, DynamoTableAccess access) {
    RexBuilder rb = filter.getCluster().getRexBuilder();
    List<RexNode> conjuncts = RelOptUtil.conjunctions(RexUtil.expandSearch(rb, null, filter.getCondition()));
    int[] fields = access.fields().toIntArray();
    DynamoSource source = access.source();
    Set<String> needed = new LinkedHashSet<>();
    boolean neededAll = false;
    for (int f : fields) {
      ColumnRef c = source.columns().get(f);
      if (c.attribute() == null) neededAll = true;
      else needed.add(c.attribute());
    }
    // hidden expired items are told apart by their TTL attribute: an index must carry it
    if (source.hiddenExpiry() != null) needed.add(source.hiddenExpiry().attribute());
    AccessHints hints = access.accessHints();
    String forced = hints.forced() != null ? hints.forced() : source.forcedIndex();
    boolean forbidden = hints.forbidden() || source.indexesForbidden();
    KeyChoice.Choice choice = KeyChoice.choose(source, conjuncts, fields, needed, neededAll, forced, forbidden);
    List<FilterSpec> store = new ArrayList<>();
    List<RexNode> residual = new ArrayList<>();
    for (int i = 0; i < conjuncts.size(); i++) {
      if (choice != null && choice.consumed().contains(i)) continue;
      FilterSpec c = StoreFilter.of(conjuncts.get(i), fields, source);
      if (c != null) store.add(c);
      else residual.add(conjuncts.get(i));
    }
    if (choice == null && store.isEmpty()) return null;
    AccessPath path = choice == null ? access.path() : choice.path().withProjection(access.path().projection());
    FilterSpec pushed = null;
    for (FilterSpec c : store) pushed = pushed == null ? c : new FilterSpec.And(pushed, c);
    return new FilterPushdown(path.withFilter(pushed), residual);
  }
}
