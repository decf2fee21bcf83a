package io.dynasql.pushdown;

import io.dynasql.engine.expr.Condition;
import io.dynasql.engine.expr.Operand;
import io.dynasql.engine.expr.Value;

/** Prints a pushed store filter for EXPLAIN, with values written as SQL literals. */
final class FilterText {
  private FilterText() {}

  static String of(Condition c) {
    if (c instanceof Condition.And a) return of(a.left()) + " AND " + of(a.right());
    if (c instanceof Condition.Or o) return "(" + of(o.left()) + " OR " + of(o.right()) + ")";
    if (c instanceof Condition.Comparison cmp) {
      return operand(cmp.left()) + " " + cmp.operator().symbol() + " " + operand(cmp.right());
    }
    if (c instanceof Condition.AttributeExists e) return "attribute_exists(" + e.path() + ")";
    if (c instanceof Condition.BeginsWith b) return "begins_with(" + operand(b.subject()) + ", " + operand(b.prefix()) + ")";
    return c.toString();
  }

  private static String operand(Operand o) {
    return o instanceof Value v ? AttributeText.of(v.value()) : o.toString();
  }
}
