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
 * Sends a join of two tables of one source to that source as one statement
 * ({@link RemoteRules#JOIN}): INNER or LEFT, on equalities the source evaluates as dynasql does,
 * when the estimate of the join's rows is below the rows of reading both sides. ON conditions
 * that are not such equalities stay above as a filter (INNER only). Like the lookup rule it
 * matches again whenever an input changes, so sides narrowed by the other rules are seen.
 */
final class RemoteJoinRule extends RelRule<RemoteRuleConfig> {
  static final RemoteRuleConfig CONFIG = new RemoteRuleConfig("RemoteJoinRule",
      b -> b.operand(LogicalJoin.class).unorderedInputs(i -> i.operand(RelNode.class).anyInputs()),
      RelFactories.LOGICAL_BUILDER, RemoteJoinRule::new);
  static final RemoteRuleConfig OVER_PROJECT = new RemoteRuleConfig("RemoteJoinRuleOverProject",
      b -> b.operand(LogicalJoin.class).unorderedInputs(p -> p.operand(LogicalProject.class)
          .oneInput(a -> a.operand(RemoteScan.class).noInputs())),
      RelFactories.LOGICAL_BUILDER, RemoteJoinRule::new);

  /** A join the source can compute, the ON conditions left for a filter above, and its estimated rows. */
  private record Found(RemoteJoin join, List<RexNode> rest, double rows) {}

  private RemoteJoinRule(RemoteRuleConfig config) {
    super(config);
  }

  @Override
  public boolean matches(RelOptRuleCall call) {
    return find(call.rel(0), call.getPlanner()) != null;
  }

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

  /** The narrowest pair of same-source statements the join's inputs can be that the source joins for us, or null. */
  private static Found find(Join join, RelOptPlanner planner) {
    if (join.getJoinType() != JoinRelType.INNER && join.getJoinType() != JoinRelType.LEFT) return null;
    Found best = null;
    for (RemoteInputs.Remote l : RemoteInputs.of(join.getLeft(), planner)) {
      for (RemoteInputs.Remote r : RemoteInputs.of(join.getRight(), planner)) {
        if (l.source() != r.source()) continue;
        Found f = of(join, l, r);
        if (f != null && (best == null || width(f) < width(best))) best = f;
      }
    }
    return best;
  }

  private static double width(Found f) {
    return RemoteEstimate.rows(f.join().left().source(), f.join().left().query()) + RemoteEstimate.rows(f.join().right().source(), f.join().right().query());
  }

  private static Found of(Join join, RemoteInputs.Remote l, RemoteInputs.Remote r) {
    int leftWidth = join.getLeft().getRowType().getFieldCount();
    Dialect d = l.source().dialect();
    List<int[]> pairs = new ArrayList<>();
    List<RexNode> rest = new ArrayList<>();
    for (RexNode c : RelOptUtil.conjunctions(join.getCondition())) {
      int[] p = c.getKind() == SqlKind.EQUALS ? pair((RexCall) c, leftWidth) : null;
      if (p != null && comparable(column(l.query(), p[0]), column(r.query(), p[1]), d)) pairs.add(p);
      else rest.add(c);
    }
    if (pairs.isEmpty() || (!rest.isEmpty() && join.getJoinType() != JoinRelType.INNER)) return null;
    double leftRows = RemoteEstimate.rows(l.source(), l.query());
    double rightRows = RemoteEstimate.rows(r.source(), r.query());
    // a join on one side's whole primary key returns at most a row per row of the other side
    double rows = keyed(r.query(), pairs, 1) ? leftRows
        : keyed(l.query(), pairs, 0) && join.getJoinType() == JoinRelType.INNER ? rightRows
        : join.getCluster().getMetadataQuery().getRowCount(join);
    // it pays when the source returns fewer rows than reading both sides would
    if (rows >= leftRows + rightRows) return null;
    return new Found(new RemoteJoin(l, r, join.getJoinType(), pairs), rest, rows);
  }

  /** Whether the pairs bind every column of {@code q}'s table's primary key (side {@code side} of each pair). */
  private static boolean keyed(RemoteQuery q, List<int[]> pairs, int side) {
    List<String> key = q.table().primaryKey();
    if (key.isEmpty()) return false;
    java.util.Set<String> bound = new java.util.HashSet<>();
    for (int[] p : pairs) bound.add(column(q, p[side]).name());
    return bound.containsAll(key);
  }

  private static int[] pair(RexCall c, int leftWidth) {
    Integer a = RemoteInputs.column(c.getOperands().get(0));
    Integer b = RemoteInputs.column(c.getOperands().get(1));
    if (a == null || b == null || (a < leftWidth) == (b < leftWidth)) return null;
    return new int[] {Math.min(a, b), Math.max(a, b) - leftWidth};
  }

  private static RemoteColumn column(RemoteQuery q, int i) {
    return q.table().columns().get(q.fields().get(i));
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
