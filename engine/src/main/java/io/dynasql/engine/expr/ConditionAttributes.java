package io.dynasql.engine.expr;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The top-level attributes a resolved condition reads. Query uses it to reject filters on key
 * attributes, and the SQL layer to know which columns a pushed filter needs.
 */
public final class ConditionAttributes {
  private ConditionAttributes() {}

  /** Top-level attribute names referenced anywhere in {@code c}, in order of appearance. */
  public static Set<String> of(Condition c) {
    Set<String> out = new LinkedHashSet<>();
    collect(c, out);
    return out;
  }

  private static void collect(Condition c, Set<String> out) {
    if (c instanceof Condition.Comparison x) {
      operand(x.left(), out);
      operand(x.right(), out);
    } else if (c instanceof Condition.Between x) {
      operand(x.subject(), out);
      operand(x.lower(), out);
      operand(x.upper(), out);
    } else if (c instanceof Condition.In x) {
      operand(x.subject(), out);
      x.candidates().forEach(o -> operand(o, out));
    } else if (c instanceof Condition.And x) {
      collect(x.left(), out);
      collect(x.right(), out);
    } else if (c instanceof Condition.Or x) {
      collect(x.left(), out);
      collect(x.right(), out);
    } else if (c instanceof Condition.Not x) {
      collect(x.condition(), out);
    } else if (c instanceof Condition.AttributeExists x) {
      out.add(x.path().attribute());
    } else if (c instanceof Condition.AttributeNotExists x) {
      out.add(x.path().attribute());
    } else if (c instanceof Condition.AttributeTypeIs x) {
      operand(x.subject(), out);
    } else if (c instanceof Condition.BeginsWith x) {
      operand(x.subject(), out);
      operand(x.prefix(), out);
    } else if (c instanceof Condition.Contains x) {
      operand(x.subject(), out);
      operand(x.operand(), out);
    }
  }

  private static void operand(Operand o, Set<String> out) {
    if (o instanceof Path p) out.add(p.attribute());
    else if (o instanceof Size s) operand(s.operand(), out);
  }
}
