package io.dynasql.federation.plan;

import io.dynasql.federation.schema.RemoteColumn;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Join;
import org.apache.calcite.rel.core.JoinRelType;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * What a join can become when one side is a source's table: a {@link RemoteLookupJoin} sending
 * the other (outer) side's distinct keys as {@code IN (?, ...)} batches (on every equi-join pair whose
 * values can be sent, as row values when there are several), when the estimate
 * ({@link RemoteLookupCost}) says it reads fewer rows than the whole remote statement. Pure:
 * {@link RemoteLookupRule} asks for it in {@code matches()} and applies it in {@code onMatch()}.
 *
 * @param outer the side whose rows give the keys
 * @param innerIsRight whether the source's table is the join's right input
 * @param spec what the join sends and how it matches
 * @param rest the ON conditions that are not equi-join pairs (INNER only), over the join's own columns
 * @param cost the estimate it was chosen by
 */
record RemoteLookupPlan(RelNode outer, boolean innerIsRight, RemoteLookupSpec spec, List<RexNode> rest,
    RemoteLookupCost cost) {

  /** The cheapest lookup {@code join} can be, or null when none reads fewer rows than the remote statement alone. */
  static RemoteLookupPlan of(Join join, RelOptPlanner planner) {
    RemoteLookupPlan best = null;
    for (boolean innerIsRight : new boolean[] {true, false}) {
      JoinRelType type = fromOuter(join.getJoinType(), innerIsRight);
      if (type == null) continue;
      RelNode outer = innerIsRight ? join.getLeft() : join.getRight();
      for (RemoteInputs.Remote r : RemoteInputs.of(innerIsRight ? join.getRight() : join.getLeft(), planner)) {
        RemoteLookupPlan p = of(join, outer, r, innerIsRight, type, planner);
        if (p != null && (best == null || p.cost().rows() < best.cost().rows())) best = p;
      }
    }
    return best;
  }

  private static RemoteLookupPlan of(Join join, RelNode outer, RemoteInputs.Remote r, boolean innerIsRight,
      JoinRelType type, RelOptPlanner planner) {
    int leftWidth = join.getLeft().getRowType().getFieldCount();
    List<RemoteLookupSpec.Pair> pairs = new ArrayList<>();
    List<RexNode> rest = new ArrayList<>();
    for (RexNode c : RelOptUtil.conjunctions(join.getCondition())) {
      RemoteLookupSpec.Pair p = pair(c, leftWidth, innerIsRight, outer, r.query(), join);
      if (p != null) pairs.add(p);
      else rest.add(c);
    }
    if (pairs.isEmpty() || (!rest.isEmpty() && type != JoinRelType.INNER)) return null;
    // every pair whose values can be sent: the more columns a key has, the fewer rows come back
    List<Integer> keyPairs = new ArrayList<>();
    for (int i = 0; i < pairs.size(); i++) {
      RemoteColumn column = r.query().table().columns().get(r.query().fields().get(pairs.get(i).innerField()));
      if (RemoteKeys.sendable(outer.getRowType().getFieldList().get(pairs.get(i).outerField()).getType(), column,
          r.source().dialect())) {
        keyPairs.add(i);
      }
    }
    if (keyPairs.isEmpty()) return null;
    int free = r.source().dialect().maxParameters() - RemoteSqlWriter.write(r.query(), r.source().dialect()).operands().size();
    int batch = free / keyPairs.size();
    if (batch < 1) return null;
    RemoteLookupSpec spec = new RemoteLookupSpec(r.source(), r.query(), r.types(), keyPairs, pairs, type, batch);
    RemoteLookupCost cost = RemoteLookupCost.of(spec, RemoteInputs.equivalents(outer, planner),
        join.getCluster().getMetadataQuery());
    return cost.pays() ? new RemoteLookupPlan(outer, innerIsRight, spec, rest, cost) : null;
  }

  /** {@code c} as an equi-join pair matched exactly in dynasql, or null. */
  private static RemoteLookupSpec.Pair pair(RexNode c, int leftWidth, boolean innerIsRight, RelNode outer,
      RemoteQuery inner, Join join) {
    if (c.getKind() != SqlKind.EQUALS) return null; // IS NOT DISTINCT FROM would match NULLs, which are never sent
    Integer a = RemoteInputs.column(((RexCall) c).getOperands().get(0));
    Integer b = RemoteInputs.column(((RexCall) c).getOperands().get(1));
    if (a == null || b == null || (a < leftWidth) == (b < leftWidth)) return null;
    int left = Math.min(a, b);
    int right = Math.max(a, b) - leftWidth;
    int o = innerIsRight ? left : right;
    int i = innerIsRight ? right : left;
    RelDataType ot = outer.getRowType().getFieldList().get(o).getType();
    RelDataType it = (innerIsRight ? join.getRight() : join.getLeft()).getRowType().getFieldList().get(i).getType();
    return matchable(ot.getSqlTypeName(), it.getSqlTypeName()) ? new RemoteLookupSpec.Pair(o, i) : null;
  }

  /** Whether values of the two types that SQL says are equal are equal Java values once {@link RemoteKeys#normal normalised}. */
  private static boolean matchable(SqlTypeName a, SqlTypeName b) {
    boolean exactA = RemoteKeys.exact(a);
    boolean exactB = RemoteKeys.exact(b);
    if (exactA || exactB) return exactA && exactB;
    return a == b && (a == SqlTypeName.VARCHAR || a == SqlTypeName.DATE || a == SqlTypeName.BOOLEAN
        || a == SqlTypeName.TIMESTAMP);
  }

  /** The join type with the outer side first, or null when a lookup cannot compute it. */
  private static JoinRelType fromOuter(JoinRelType type, boolean innerIsRight) {
    if (innerIsRight) {
      return switch (type) {
        case INNER, LEFT, SEMI -> type;
        default -> null;
      };
    }
    return switch (type) {
      case INNER -> JoinRelType.INNER;
      case RIGHT -> JoinRelType.LEFT;
      default -> null;
    };
  }
}
