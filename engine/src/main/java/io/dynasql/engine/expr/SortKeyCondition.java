package io.dynasql.engine.expr;

import io.dynasql.engine.model.AttributeValue;
import java.util.Objects;

/**
 * The sort-key part of a query's key condition.
 *
 * @param name the sort key attribute
 * @param operator how the sort key is tested
 * @param value the operand (the lower bound for BETWEEN)
 * @param value2 the upper bound for BETWEEN, otherwise null
 */
public record SortKeyCondition(String name, Operator operator, AttributeValue value, AttributeValue value2) {
  public SortKeyCondition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(operator, "operator");
    Objects.requireNonNull(value, "value");
    if ((operator == Operator.BETWEEN) != (value2 != null)) {
      throw new IllegalArgumentException("BETWEEN, and only BETWEEN, takes a second value");
    }
  }

  /** The tests DynamoDB allows on a sort key. */
  public enum Operator { EQ, LT, LE, GT, GE, BETWEEN, BEGINS_WITH }

  /** Whether a stored sort key value satisfies this condition. */
  public boolean matches(AttributeValue sortKey) {
    if (sortKey == null) return false;
    if (operator == Operator.BEGINS_WITH) return Values.beginsWith(sortKey, value);
    if (!Values.orderable(sortKey, value)) return false;
    int c = Values.compare(sortKey, value);
    switch (operator) {
      case EQ: return c == 0;
      case LT: return c < 0;
      case LE: return c <= 0;
      case GT: return c > 0;
      case GE: return c >= 0;
      default: return c >= 0 && Values.orderable(sortKey, value2) && Values.compare(sortKey, value2) <= 0;
    }
  }
}
