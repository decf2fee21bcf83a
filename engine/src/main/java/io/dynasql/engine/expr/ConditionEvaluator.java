package io.dynasql.engine.expr;

import io.dynasql.engine.model.AttributeValue;
import java.util.Map;

/**
 * Evaluates a resolved condition against an item. A missing attribute, or a stored value of the
 * wrong type, makes the comparison or function false rather than failing: only the request can
 * be malformed, and {@link Resolver} has already rejected that. The one exception DynamoDB
 * makes: {@code <>} is true when either side is missing.
 */
public final class ConditionEvaluator {
  private ConditionEvaluator() {}

  /** Whether {@code item} (empty when there is no item) satisfies {@code condition}. */
  public static boolean evaluate(Condition condition, Map<String, AttributeValue> item) {
    if (condition instanceof Condition.And a) return evaluate(a.left(), item) && evaluate(a.right(), item);
    if (condition instanceof Condition.Or o) return evaluate(o.left(), item) || evaluate(o.right(), item);
    if (condition instanceof Condition.Not n) return !evaluate(n.condition(), item);
    if (condition instanceof Condition.Comparison c) return compare(c, item);
    if (condition instanceof Condition.Between b) return between(b, item);
    if (condition instanceof Condition.In in) {
      AttributeValue subject = operand(in.subject(), item);
      if (subject == null) return false;
      for (Operand candidate : in.candidates()) {
        if (subject.equals(operand(candidate, item))) return true;
      }
      return false;
    }
    if (condition instanceof Condition.AttributeExists e) return Documents.get(item, e.path()) != null;
    if (condition instanceof Condition.AttributeNotExists e) return Documents.get(item, e.path()) == null;
    if (condition instanceof Condition.AttributeTypeIs t) {
      AttributeValue subject = operand(t.subject(), item);
      return subject != null && subject.type() == t.type();
    }
    if (condition instanceof Condition.BeginsWith b) {
      AttributeValue subject = operand(b.subject(), item);
      AttributeValue prefix = operand(b.prefix(), item);
      return subject != null && prefix != null && Values.beginsWith(subject, prefix);
    }
    Condition.Contains c = (Condition.Contains) condition;
    AttributeValue subject = operand(c.subject(), item);
    AttributeValue needle = operand(c.operand(), item);
    return subject != null && needle != null && Values.contains(subject, needle);
  }

  private static boolean compare(Condition.Comparison c, Map<String, AttributeValue> item) {
    AttributeValue left = operand(c.left(), item);
    AttributeValue right = operand(c.right(), item);
    if (c.operator() == ComparisonOperator.NE) return left == null || right == null || !left.equals(right);
    if (left == null || right == null) return false;
    if (c.operator() == ComparisonOperator.EQ) return left.equals(right);
    if (!Values.orderable(left, right)) return false;
    int order = Values.compare(left, right);
    switch (c.operator()) {
      case LT: return order < 0;
      case LE: return order <= 0;
      case GT: return order > 0;
      default: return order >= 0;
    }
  }

  private static boolean between(Condition.Between b, Map<String, AttributeValue> item) {
    AttributeValue subject = operand(b.subject(), item);
    AttributeValue lower = operand(b.lower(), item);
    AttributeValue upper = operand(b.upper(), item);
    if (subject == null || lower == null || upper == null) return false;
    if (!Values.orderable(subject, lower) || !Values.orderable(subject, upper)) return false;
    return Values.compare(lower, subject) <= 0 && Values.compare(subject, upper) <= 0;
  }

  /** An operand's value in {@code item}, or null when it has none. */
  static AttributeValue operand(Operand operand, Map<String, AttributeValue> item) {
    if (operand instanceof Value v) return v.value();
    if (operand instanceof Path p) return Documents.get(item, p);
    AttributeValue measured = operand(((Size) operand).operand(), item);
    return measured == null ? null : Values.size(measured);
  }
}
