package io.dynasql.pushdown;

import io.dynasql.engine.expr.SortKeyCondition.Operator;

/**
 * The sort-key part of a key condition: one operator and its value(s), possibly parameters.
 *
 * @param attribute the sort key attribute
 * @param operator =, <, <=, >, >=, BETWEEN or BEGINS_WITH
 * @param value the value, lower bound, or prefix
 * @param upper the upper bound of BETWEEN, else null
 */
public record SortKeyRange(String attribute, Operator operator, KeyValue value, KeyValue upper) {
  @Override
  public String toString() {
    switch (operator) {
      case EQ: return attribute + " = " + value;
      case LT: return attribute + " < " + value;
      case LE: return attribute + " <= " + value;
      case GT: return attribute + " > " + value;
      case GE: return attribute + " >= " + value;
      case BETWEEN: return attribute + " BETWEEN " + value + " AND " + upper;
      default: return "begins_with(" + attribute + ", " + value + ")";
    }
  }
}
