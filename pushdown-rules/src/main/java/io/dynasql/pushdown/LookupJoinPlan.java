package io.dynasql.pushdown;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.JoinRelType;
import org.apache.calcite.rel.core.Join;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * What a join can become when one side is a dynasql table the other side's rows can look up by
 * key: the outer side, the join type as seen from it, the lookup chosen ({@link LookupChoice}),
 * the equi-join pairs the lookup matches rows on, and the ON conditions left for a filter above.
 * Pure: {@link LookupJoinRule} asks for it in {@code matches()} and applies it in {@code onMatch()}.
 *
 * @param outer the side whose rows give the keys
 * @param type INNER, LEFT (outer rows kept) or SEMI, from the outer side
 * @param choice the lookup and its estimate
 * @param pairs every equi-join pair, outer column = inner column (all are checked on each match)
 * @param rest the ON conditions that are not equi-join pairs (INNER only), over outer then inner columns
 */
record LookupJoinPlan(RelNode outer, JoinRelType type, LookupChoice.Choice choice, List<LookupKey> pairs,
    List<RexNode> rest) {
  /** Types whose SQL equality is the store's key equality (exact strings, exact numbers, bytes). */
  private static final Set<SqlTypeName> KEY_TYPES = EnumSet.of(SqlTypeName.VARCHAR, SqlTypeName.CHAR,
      SqlTypeName.TINYINT, SqlTypeName.SMALLINT, SqlTypeName.INTEGER, SqlTypeName.BIGINT, SqlTypeName.DECIMAL,
      SqlTypeName.VARBINARY, SqlTypeName.BINARY);

  /** The lookup join {@code join} can be with {@code inner} (its right input when {@code innerIsRight}), or null. */
  static LookupJoinPlan of(Join join, DynamoTableAccess inner, boolean innerIsRight) {
    if (!inner.source().pushdown()) return null;
    AccessPath p = inner.path();
    if (p.kind() != AccessKind.SCAN || p.index() != null || p.limited() || p.countOnly()) return null;
    JoinRelType type = fromOuter(join.getJoinType(), innerIsRight);
    if (type == null) return null;
    RelNode outer = innerIsRight ? join.getLeft() : join.getRight();
    List<Integer> leftKeys = new ArrayList<>();
    List<Integer> rightKeys = new ArrayList<>();
    List<Boolean> filterNulls = new ArrayList<>();
    List<RexNode> rest = new ArrayList<>();
    RelOptUtil.splitJoinCondition(join.getLeft(), join.getRight(), join.getCondition(), leftKeys, rightKeys,
        filterNulls, rest);
    if (leftKeys.isEmpty() || filterNulls.contains(false)) return null;
    if (!rest.isEmpty() && type != JoinRelType.INNER) return null;
    List<LookupKey> pairs = new ArrayList<>();
    for (int i = 0; i < leftKeys.size(); i++) {
      int o = innerIsRight ? leftKeys.get(i) : rightKeys.get(i);
      int in = innerIsRight ? rightKeys.get(i) : leftKeys.get(i);
      RelDataType ot = outer.getRowType().getFieldList().get(o).getType();
      RelDataType it = inner.getRowType().getFieldList().get(in).getType();
      if (ot.getSqlTypeName() != it.getSqlTypeName() || !KEY_TYPES.contains(ot.getSqlTypeName())) return null;
      int field = inner.fields().get(in);
      String attribute = inner.source().columns().get(field).attribute();
      if (attribute == null) return null;
      pairs.add(new LookupKey(attribute, o, field, outer.getRowType().getFieldNames().get(o)));
    }
    LookupChoice.Choice choice = LookupChoice.choose(inner, outer, pairs, join.getCluster().getMetadataQuery());
    return choice == null ? null : new LookupJoinPlan(outer, type, choice, pairs, rest);
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
