package io.dynasql.pushdown;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.logical.LogicalFilter;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexUtil;

/** Pushes a WHERE clause into the access below it; see {@link DynamoRules#FILTER}. */
final class FilterIntoAccessRule extends RelOptRule {
  FilterIntoAccessRule() {
    super(operand(LogicalFilter.class, operand(DynamoTableAccess.class, none())), "DynamoFilterIntoAccess");
  }

  @Override
  public boolean matches(RelOptRuleCall call) {
    if (!((DynamoTableAccess) call.rel(1)).source().pushdown()) return false;
    AccessPath p = ((DynamoTableAccess) call.rel(1)).path();
    return p.kind() == AccessKind.SCAN && p.filter() == null && p.limit() == null && p.index() == null;
  }

  @Override
  public void onMatch(RelOptRuleCall call) {
    LogicalFilter filter = call.rel(0);
    DynamoTableAccess access = call.rel(1);
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
    String table = source.descriptor().name();
    String forced = IndexHints.forced(table) != null ? IndexHints.forced(table) : source.forcedIndex();
    boolean forbidden = IndexHints.forbidden(table) || source.indexesForbidden();
    KeyChoice.Choice choice = KeyChoice.choose(source, conjuncts, fields, needed, neededAll, forced, forbidden);
    List<FilterSpec> store = new ArrayList<>();
    List<RexNode> residual = new ArrayList<>();
    for (int i = 0; i < conjuncts.size(); i++) {
      if (choice != null && choice.consumed().contains(i)) continue;
      FilterSpec c = StoreFilter.of(conjuncts.get(i), fields, source);
      if (c != null) store.add(c);
      else residual.add(conjuncts.get(i));
    }
    if (choice == null && store.isEmpty()) return;
    AccessPath path = choice == null ? access.path() : choice.path().withProjection(access.path().projection());
    FilterSpec pushed = null;
    for (FilterSpec c : store) pushed = pushed == null ? c : new FilterSpec.And(pushed, c);
    RelNode result = access.with(path.withFilter(pushed), access.fields());
    if (!residual.isEmpty()) result = LogicalFilter.create(result, RexUtil.composeConjunction(rb, residual));
    call.transformTo(result);
  }
}
