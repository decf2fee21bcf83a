package io.dynasql.pushdown;

import io.dynasql.engine.model.AttributeValue;
import io.dynasql.pushdown.backend.ViewShape;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.SqlTypeFamily;

/**
 * The one group a WHERE names, when it says {@code column = literal} for every column the view
 * groups by: then the rollup reads that group's item by its key (a GET) instead of scanning the
 * view's table. Only strings and numbers, whose stored form is the literal's own (a number by its
 * value, so 1 and 1.0 are one group, as the view keeps them); anything else keeps the scan, and
 * the WHERE itself still filters what is read.
 */
final class ViewGroupKey {
  private ViewGroupKey() {}

  /** The key of the group {@code filter} (over fields named by {@code attributes}) pins, if any. */
  static Optional<String> of(ViewShape view, RexNode filter, List<String> attributes) {
    if (filter == null) return Optional.empty();
    Map<String, AttributeValue> pinned = new HashMap<>();
    for (RexNode c : RelOptUtil.conjunctions(filter)) {
      if (!(c instanceof RexCall call) || call.getKind() != SqlKind.EQUALS) continue;
      RexNode a = call.getOperands().get(0);
      RexNode b = call.getOperands().get(1);
      if (a instanceof RexLiteral) {
        RexNode t = a;
        a = b;
        b = t;
      }
      if (!(a instanceof RexInputRef ref) || !(b instanceof RexLiteral lit)) continue;
      AttributeValue v = stored(lit);
      if (v != null) pinned.put(attributes.get(ref.getIndex()), v);
    }
    List<AttributeValue> values = new ArrayList<>();
    for (String g : view.groupBy()) {
      AttributeValue v = pinned.get(g);
      if (v == null) return Optional.empty();
      values.add(v);
    }
    return Optional.of(view.keyOf().apply(values));
  }

  /** The stored value a literal stands for, or null when its type is not a string or a number. */
  private static AttributeValue stored(RexLiteral lit) {
    if (lit.isNull()) return null;
    SqlTypeFamily family = lit.getType().getSqlTypeName().getFamily();
    if (family == SqlTypeFamily.CHARACTER) return AttributeValue.s(lit.getValueAs(String.class));
    if (family == SqlTypeFamily.NUMERIC) {
      BigDecimal n = lit.getValueAs(BigDecimal.class);
      return n == null ? null : new AttributeValue.N(n);
    }
    return null;
  }
}
