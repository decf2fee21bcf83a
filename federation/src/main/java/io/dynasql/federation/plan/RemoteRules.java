package io.dynasql.federation.plan;

import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.RelOptRule;

/**
 * The rules that narrow a {@link RemoteScan}: WHERE conjuncts the source answers exactly, the
 * columns read, ORDER BY and LIMIT. Each decides in {@code matches()} and fires only when it
 * pushes something; what is not pushed stays above and runs in dynasql.
 */
public final class RemoteRules {
  /** WHERE conjuncts -> the remote WHERE. */
  public static final RelOptRule FILTER = RemoteFilterRule.CONFIG.toRule();
  /** SELECT columns -> the remote SELECT list. */
  public static final RelOptRule PROJECT = RemoteProjectRule.CONFIG.toRule();
  /** ORDER BY [LIMIT], or a LIMIT alone -> the remote ORDER BY and LIMIT. */
  public static final RelOptRule SORT = RemoteSortRule.CONFIG.toRule();

  /** A LIMIT Calcite split from its ORDER BY -> the remote LIMIT. */
  public static final RelOptRule LIMIT = RemoteLimitRule.CONFIG.toRule();

  /** A join with a source's table whose other side has few keys -> those keys sent as IN (?, ...) batches. */
  public static final RelOptRule LOOKUP_JOIN = RemoteLookupRule.CONFIG.toRule();
  /** The same, when a narrower access appears under a projection of one join input. */
  public static final RelOptRule LOOKUP_JOIN_OVER_PROJECT = RemoteLookupRule.OVER_PROJECT.toRule();

  /** GROUP BY and COUNT/SUM/MIN/MAX over an access -> the remote GROUP BY. */
  public static final RelOptRule AGGREGATE = RemoteAggregateRule.CONFIG.toRule();

  /** A join of tables of one source -> one remote statement with the JOIN. */
  public static final RelOptRule JOIN = RemoteJoinRule.CONFIG.toRule();
  /** The same, when a narrower access appears under a projection of one join input. */
  public static final RelOptRule JOIN_OVER_PROJECT = RemoteJoinRule.OVER_PROJECT.toRule();

  /** The same, when an input of a join that is an input changes: three or more tables in one statement. */
  public static final RelOptRule JOIN_OVER_JOIN = RemoteJoinRule.OVER_JOIN.toRule();

  /** GROUP BY and COUNT/SUM/MIN/MAX over a join of one source's tables -> one remote statement with both. */
  public static final RelOptRule JOIN_AGGREGATE = RemoteJoinGroupRule.CONFIG.toRule();
  /** The same, when an input of the join changes. */
  public static final RelOptRule JOIN_AGGREGATE_OVER_JOIN = RemoteJoinGroupRule.OVER_JOIN.toRule();

  /** A logical access -> its executable copy. */
  public static final RelOptRule TO_ENUMERABLE = RemoteEnumerableRule.CONFIG.toRule();

  private RemoteRules() {}

  /** Adds the rules to a planner (when a remote access is first registered). */
  public static void register(RelOptPlanner planner) {
    planner.addRule(FILTER);
    planner.addRule(PROJECT);
    planner.addRule(SORT);
    planner.addRule(LIMIT);
    planner.addRule(TO_ENUMERABLE);
    planner.addRule(AGGREGATE);
    planner.addRule(JOIN);
    planner.addRule(JOIN_OVER_PROJECT);
    planner.addRule(JOIN_OVER_JOIN);
    planner.addRule(JOIN_AGGREGATE);
    planner.addRule(JOIN_AGGREGATE_OVER_JOIN);
    planner.addRule(LOOKUP_JOIN);
    planner.addRule(LOOKUP_JOIN_OVER_PROJECT);
  }
}
