package io.dynasql.federation.plan;

import io.dynasql.federation.Dialect;
import io.dynasql.federation.schema.RemoteColumn;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Join;
import org.apache.calcite.rel.core.JoinRelType;
import org.apache.calcite.rel.core.RelFactories;
import org.apache.calcite.rel.logical.LogicalFilter;
import org.apache.calcite.rel.logical.LogicalJoin;
import org.apache.calcite.rel.logical.LogicalProject;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexUtil;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Sends a join of tables of one source to that source as one statement ({@link RemoteRules#JOIN}):
 * INNER or LEFT, on equalities the source evaluates as dynasql does, when the estimate of the
 * join's rows is below the rows of reading both sides. A side may itself be a join the source
 * computes (found again from that join's inputs, {@link #froms}), so three or more tables become
 * one statement. ON conditions that are not such equalities stay above as a filter (INNER only).
 * Like the lookup rule it matches again whenever an input changes, so sides narrowed by the other
 * rules are seen, down to the inputs of a join that is an input ({@link #OVER_JOIN}).
 */
final class RemoteJoinRule extends RelRule<RemoteRuleConfig> {
  static final RemoteRuleConfig CONFIG = new RemoteRuleConfig("RemoteJoinRule",
      b -> b.operand(LogicalJoin.class).unorderedInputs(i -> i.operand(RelNode.class).anyInputs()),
      RelFactories.LOGICAL_BUILDER, RemoteJoinRule::new);
  static final RemoteRuleConfig OVER_PROJECT = new RemoteRuleConfig("RemoteJoinRuleOverProject",
      b -> b.operand(LogicalJoin.class).unorderedInputs(p -> p.operand(LogicalProject.class)
          .oneInput(a -> a.operand(RemoteScan.class).noInputs())),
      RelFactories.LOGICAL_BUILDER, RemoteJoinRule::new);
  /** A join whose input is a join, when an input of that one changes (an access narrowed under it). */
  static final RemoteRuleConfig OVER_JOIN = new RemoteRuleConfig("RemoteJoinRuleOverJoin",
      b -> b.operand(LogicalJoin.class).unorderedInputs(j -> j.operand(LogicalJoin.class)
          .unorderedInputs(i -> i.operand(RelNode.class).anyInputs())),
      RelFactories.LOGICAL_BUILDER, RemoteJoinRule::new);
  /** How deep joins of joins are looked into: a statement of up to this many joins. */
  private static final int MAX_DEPTH = 6;

  /** A join the source can compute, the ON conditions left for a filter above, and its estimated rows. */
  record Found(RemoteJoin join, List<RexNode> rest, double rows) {}

  private RemoteJoinRule(RemoteRuleConfig config) {
    super(config);
  }

  // No matches(): the search below reads the planner's estimates, which is the costly part of this
  // rule, so onMatch does it once and returns when it finds nothing, instead of doing it twice.
  @Override
  public void onMatch(RelOptRuleCall call) {
    LogicalJoin join = call.rel(0);
    Found f = find(join, call.getPlanner());
    if (f == null) return;
    RelNode result = new RemoteJoinScan(join, f.join(), f.rows());
    if (!f.rest().isEmpty()) {
      result = LogicalFilter.create(result, RexUtil.composeConjunction(join.getCluster().getRexBuilder(), f.rest()));
    }
    call.transformTo(result);
  }

  /** The narrowest pair of same-source sides the join's inputs can be that the source joins for us, or null. */
  static Found find(Join join, RelOptPlanner planner) {
    return find(join, planner, true, 0);
  }

  /**
   * The same; {@code paying}: only when the source returns fewer rows than reading both sides
   * (a GROUP BY above the join may make it pay when the join alone does not).
   */
  static Found find(Join join, RelOptPlanner planner, boolean paying, int depth) {
    if (join.getJoinType() != JoinRelType.INNER && join.getJoinType() != JoinRelType.LEFT) return null;
    Found best = null;
    for (RemoteFrom l : froms(join.getLeft(), planner, depth)) {
      for (RemoteFrom r : froms(join.getRight(), planner, depth)) {
        if (l.source() != r.source()) continue;
        Found f = of(join, l, r, paying);
        if (f != null && (best == null || width(f) < width(best))) best = f;
      }
    }
    return best;
  }

  /**
   * What a join input can be sent as: the statements of one table it is equivalent to, and the
   * joins of one source among its expressions (a join the source computes, or a join whose inputs
   * it can), without conditions left for a filter above.
   */
  static List<RemoteFrom> froms(RelNode input, RelOptPlanner planner, int depth) {
    List<RemoteFrom> out = new ArrayList<>(RemoteInputs.of(input, planner));
    if (depth >= MAX_DEPTH) return out;
    for (RelNode rel : RemoteInputs.rels(input, planner)) {
      if (rel instanceof RemoteJoinScan scan) {
        if (!out.contains(scan.join())) out.add(scan.join());
      } else if (rel instanceof LogicalJoin j) {
        Found f = find(j, planner, true, depth + 1);
        if (f != null && f.rest().isEmpty() && !out.contains(f.join())) out.add(f.join());
      }
    }
    return out;
  }

  private static double width(Found f) {
    return f.join().left().rows() + f.join().right().rows();
  }

  private static Found of(Join join, RemoteFrom l, RemoteFrom r, boolean paying) {
    int leftWidth = join.getLeft().getRowType().getFieldCount();
    Dialect d = l.source().dialect();
    List<int[]> pairs = new ArrayList<>();
    List<RexNode> rest = new ArrayList<>();
    for (RexNode c : RelOptUtil.conjunctions(join.getCondition())) {
      int[] p = c.getKind() == SqlKind.EQUALS ? pair((RexCall) c, leftWidth) : null;
      if (p != null && comparable(l.columns().get(p[0]), r.columns().get(p[1]), d)) pairs.add(p);
      else rest.add(c);
    }
    if (pairs.isEmpty() || (!rest.isEmpty() && join.getJoinType() != JoinRelType.INNER)) return null;
    double leftRows = l.rows();
    double rightRows = r.rows();
    // a join on one side's whole primary key returns at most a row per row of the other side
    double rows = keyed(r, pairs, 1) ? leftRows
        : keyed(l, pairs, 0) && join.getJoinType() == JoinRelType.INNER ? rightRows
        : join.getCluster().getMetadataQuery().getRowCount(join);
    // it pays when the source returns fewer rows than reading both sides would
    if (paying && rows >= leftRows + rightRows) return null;
    return new Found(new RemoteJoin(l, r, join.getJoinType(), pairs, rows), rest, rows);
  }

  /** Whether {@code side} is one table's statement and the pairs bind its whole primary key (side {@code at} of each pair). */
  private static boolean keyed(RemoteFrom side, List<int[]> pairs, int at) {
    if (!(side instanceof RemoteInputs.Remote t)) return false;
    List<String> key = t.query().table().primaryKey();
    if (key.isEmpty()) return false;
    java.util.Set<String> bound = new java.util.HashSet<>();
    for (int[] p : pairs) bound.add(t.columns().get(p[at]).name());
    return bound.containsAll(key);
  }

  private static int[] pair(RexCall c, int leftWidth) {
    Integer a = RemoteInputs.column(c.getOperands().get(0));
    Integer b = RemoteInputs.column(c.getOperands().get(1));
    if (a == null || b == null || (a < leftWidth) == (b < leftWidth)) return null;
    return new int[] {Math.min(a, b), Math.max(a, b) - leftWidth};
  }

  /** Whether the source's {@code a = b} is true exactly when dynasql's is. */
  private static boolean comparable(RemoteColumn a, RemoteColumn b, Dialect d) {
    if (RemoteKeys.exact(a.type()) || RemoteKeys.exact(b.type())) return RemoteKeys.exact(a.type()) && RemoteKeys.exact(b.type());
    if (a.type() != b.type()) return false;
    if (a.isText()) return a.type() == SqlTypeName.VARCHAR && d.comparesTextAsWeDo() && plainText(a) && plainText(b);
    return a.type() == SqlTypeName.BOOLEAN || (a.type() == SqlTypeName.DATE && d != Dialect.SQLITE);
  }

  /** Text compared as it reads: not CHAR (padded, compared without its padding) and not uuid, json and the like. */
  private static boolean plainText(RemoteColumn c) {
    return c.jdbcType() != java.sql.Types.OTHER && c.jdbcType() != java.sql.Types.CHAR && c.jdbcType() != java.sql.Types.NCHAR;
  }
}
