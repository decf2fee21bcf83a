package io.dynasql.engine.api;

import io.dynasql.engine.model.AttributeValue;
import java.util.Map;

/** A transaction action that only checks a condition on one item and writes nothing. */
public record ConditionCheck(String tableName, Map<String, AttributeValue> key,
    String conditionExpression, Expr expr, boolean returnOldOnConditionFailure) {
  public ConditionCheck {
    expr = expr == null ? Expr.NONE : expr;
  }
}
