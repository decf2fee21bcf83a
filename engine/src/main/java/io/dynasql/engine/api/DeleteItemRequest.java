package io.dynasql.engine.api;

import io.dynasql.engine.model.AttributeValue;
import java.util.Map;

/**
 * DeleteItem: remove the item with the given key (absent is not an error).
 *
 * @param tableName table
 * @param key the full primary key
 * @param conditionExpression condition on the existing item, or null
 * @param expr placeholders of the condition
 * @param returnValues NONE or ALL_OLD
 * @param returnOldOnConditionFailure return the old item in ConditionalCheckFailedException
 */
public record DeleteItemRequest(String tableName, Map<String, AttributeValue> key,
    String conditionExpression, Expr expr, ReturnValue returnValues, boolean returnOldOnConditionFailure) {

  public DeleteItemRequest {
    expr = expr == null ? Expr.NONE : expr;
    returnValues = returnValues == null ? ReturnValue.NONE : returnValues;
  }

  public static DeleteItemRequest of(String tableName, Map<String, AttributeValue> key) {
    return new DeleteItemRequest(tableName, key, null, Expr.NONE, ReturnValue.NONE, false);
  }

  public DeleteItemRequest withCondition(String condition, Expr placeholders) {
    return new DeleteItemRequest(tableName, key, condition, placeholders, returnValues, returnOldOnConditionFailure);
  }

  public DeleteItemRequest withReturnValues(ReturnValue rv) {
    return new DeleteItemRequest(tableName, key, conditionExpression, expr, rv, returnOldOnConditionFailure);
  }

  public DeleteItemRequest withReturnOldOnConditionFailure() {
    return new DeleteItemRequest(tableName, key, conditionExpression, expr, returnValues, true);
  }
}
