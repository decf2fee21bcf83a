package io.dynasql.engine.api;

import io.dynasql.engine.model.AttributeValue;
import java.util.Map;

/**
 * PutItem: write a whole item, replacing any item with the same key.
 *
 * @param tableName table
 * @param item the item, including its key attributes
 * @param conditionExpression condition on the existing item, or null
 * @param expr placeholders of the condition
 * @param returnValues NONE or ALL_OLD
 * @param returnOldOnConditionFailure return the old item in ConditionalCheckFailedException
 */
public record PutItemRequest(String tableName, Map<String, AttributeValue> item,
    String conditionExpression, Expr expr, ReturnValue returnValues, boolean returnOldOnConditionFailure) {

  public PutItemRequest {
    expr = expr == null ? Expr.NONE : expr;
    returnValues = returnValues == null ? ReturnValue.NONE : returnValues;
  }

  public static PutItemRequest of(String tableName, Map<String, AttributeValue> item) {
    return new PutItemRequest(tableName, item, null, Expr.NONE, ReturnValue.NONE, false);
  }

  public PutItemRequest withCondition(String condition, Expr placeholders) {
    return new PutItemRequest(tableName, item, condition, placeholders, returnValues, returnOldOnConditionFailure);
  }

  public PutItemRequest withReturnValues(ReturnValue rv) {
    return new PutItemRequest(tableName, item, conditionExpression, expr, rv, returnOldOnConditionFailure);
  }

  public PutItemRequest withReturnOldOnConditionFailure() {
    return new PutItemRequest(tableName, item, conditionExpression, expr, returnValues, true);
  }
}
