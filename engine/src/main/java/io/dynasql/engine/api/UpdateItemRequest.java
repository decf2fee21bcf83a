package io.dynasql.engine.api;

import io.dynasql.engine.model.AttributeValue;
import java.util.Map;

/**
 * UpdateItem: change attributes of one item (creating it if absent) with an update expression.
 *
 * @param tableName table
 * @param key the full primary key
 * @param updateExpression SET / REMOVE / ADD / DELETE clauses, or null (creates the bare key)
 * @param conditionExpression condition on the existing item, or null
 * @param expr placeholders of both expressions
 * @param returnValues any of ReturnValue
 * @param returnOldOnConditionFailure return the old item in ConditionalCheckFailedException
 */
public record UpdateItemRequest(String tableName, Map<String, AttributeValue> key, String updateExpression,
    String conditionExpression, Expr expr, ReturnValue returnValues, boolean returnOldOnConditionFailure) {

  public UpdateItemRequest {
    expr = expr == null ? Expr.NONE : expr;
    returnValues = returnValues == null ? ReturnValue.NONE : returnValues;
  }

  public static UpdateItemRequest of(String tableName, Map<String, AttributeValue> key,
      String updateExpression, Expr placeholders) {
    return new UpdateItemRequest(tableName, key, updateExpression, null, placeholders, ReturnValue.NONE, false);
  }

  public UpdateItemRequest withCondition(String condition) {
    return new UpdateItemRequest(tableName, key, updateExpression, condition, expr, returnValues, returnOldOnConditionFailure);
  }

  public UpdateItemRequest withReturnValues(ReturnValue rv) {
    return new UpdateItemRequest(tableName, key, updateExpression, conditionExpression, expr, rv, returnOldOnConditionFailure);
  }

  public UpdateItemRequest withReturnOldOnConditionFailure() {
    return new UpdateItemRequest(tableName, key, updateExpression, conditionExpression, expr, returnValues, true);
  }
}
