package io.dynasql.pushdown;

import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.RelOptRule;

/**
 * The planner rules that narrow a {@link DynamoTableAccess}: push WHERE into key conditions and
 * store filters, SELECT lists into projections, ORDER BY the sort key and LIMIT into the read.
 * Each is a Calcite {@code RelRule} made from an {@link AccessRuleConfig} (its operands and
 * description), decides in {@code matches()} and only fires when it can push something; what it
 * cannot push stays above as ordinary SQL.
 */
public final class DynamoRules {
  /** WHERE -> GET / BATCH_GET / QUERY key conditions, an index, and a store filter. */
  public static final RelOptRule FILTER = FilterIntoAccessRule.CONFIG.toRule();
  /** SELECT columns -> the attributes read. */
  public static final RelOptRule PROJECT = ProjectIntoAccessRule.CONFIG.toRule();
  /** ORDER BY sort key [DESC] and LIMIT -> read order and early stop. */
  public static final RelOptRule SORT = SortIntoAccessRule.CONFIG.toRule();
  /** A LIMIT Calcite split from its ORDER BY -> early stop. */
  public static final RelOptRule LIMIT = LimitIntoAccessRule.CONFIG.toRule();
  /** COUNT(*) -> the store counts the matching items. */
  public static final RelOptRule COUNT = CountIntoAccessRule.CONFIG.toRule();
  /** GROUP BY the partition key -> aggregated as the items stream by, a group per run of one key. */
  public static final RelOptRule STREAM_AGGREGATE = StreamAggregateRule.CONFIG.toRule();
  /** A join binding a table's key from the other side -> BATCH_GET or QUERY per key instead of a SCAN. */
  public static final RelOptRule LOOKUP_JOIN = LookupJoinRule.JOIN.toRule();
  /** The same, tried again when a projection of an access appears under a join. */
  public static final RelOptRule LOOKUP_JOIN_OVER_PROJECT = LookupJoinRule.OVER_PROJECT.toRule();
  /** The same, tried again when an access appears under a hash join. */
  public static final RelOptRule LOOKUP_JOIN_OVER_ACCESS = LookupJoinRule.OVER_ACCESS.toRule();
  /** GROUP BY with COUNT / SUM / AVG -> a read of a materialized view of the table that keeps them. */
  public static final java.util.List<RelOptRule> VIEW = java.util.List.of(ViewIntoAccessRule.DIRECT.toRule(),
      ViewIntoAccessRule.FILTERED.toRule(), ViewIntoAccessRule.PROJECTED.toRule(),
      ViewIntoAccessRule.PROJECTED_FILTERED.toRule());

  private DynamoRules() {}

  /** Adds the rules to a planner (called when the first access is registered). */
  public static void register(RelOptPlanner planner) {
    planner.addRule(FILTER);
    planner.addRule(PROJECT);
    planner.addRule(SORT);
    planner.addRule(LIMIT);
    planner.addRule(COUNT);
    planner.addRule(STREAM_AGGREGATE);
    planner.addRule(LOOKUP_JOIN);
    planner.addRule(LOOKUP_JOIN_OVER_PROJECT);
    planner.addRule(LOOKUP_JOIN_OVER_ACCESS);
    VIEW.forEach(planner::addRule);
  }
}
