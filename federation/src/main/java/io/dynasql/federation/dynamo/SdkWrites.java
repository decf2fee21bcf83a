package io.dynasql.federation.dynamo;

import io.dynasql.engine.api.DeleteItemRequest;
import io.dynasql.engine.api.Expr;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.api.TransactWriteItem;
import io.dynasql.engine.api.UpdateItemRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem.Builder;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * The engine's write requests (the ones a dynasql table's DML applies) as the SDK's: the same
 * item or key, update expression, condition expression and placeholders, which are already
 * DynamoDB's expression syntax. Empty placeholder maps are left out, as the service refuses them.
 */
final class SdkWrites {
  private SdkWrites() {}

  static software.amazon.awssdk.services.dynamodb.model.PutItemRequest put(PutItemRequest r) {
    return software.amazon.awssdk.services.dynamodb.model.PutItemRequest.builder().tableName(r.tableName())
        .item(SdkValues.toSdk(r.item())).conditionExpression(r.conditionExpression())
        .expressionAttributeNames(names(r.expr())).expressionAttributeValues(values(r.expr())).build();
  }

  static software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest update(UpdateItemRequest r) {
    return software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest.builder().tableName(r.tableName())
        .key(SdkValues.toSdk(r.key())).updateExpression(r.updateExpression()).conditionExpression(r.conditionExpression())
        .expressionAttributeNames(names(r.expr())).expressionAttributeValues(values(r.expr())).build();
  }

  static software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest delete(DeleteItemRequest r) {
    return software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest.builder().tableName(r.tableName())
        .key(SdkValues.toSdk(r.key())).conditionExpression(r.conditionExpression())
        .expressionAttributeNames(names(r.expr())).expressionAttributeValues(values(r.expr())).build();
  }

  /** The actions of one TransactWriteItems, in order (the service's cancellation reasons follow it). */
  static List<software.amazon.awssdk.services.dynamodb.model.TransactWriteItem> transactItems(List<TransactWriteItem> actions) {
    List<software.amazon.awssdk.services.dynamodb.model.TransactWriteItem> out = new ArrayList<>();
    for (TransactWriteItem a : actions) {
      Builder b = software.amazon.awssdk.services.dynamodb.model.TransactWriteItem.builder();
      if (a instanceof TransactWriteItem.Put p) {
        PutItemRequest r = p.request();
        b.put(Put.builder().tableName(r.tableName()).item(SdkValues.toSdk(r.item())).conditionExpression(r.conditionExpression())
            .expressionAttributeNames(names(r.expr())).expressionAttributeValues(values(r.expr())).build());
      } else if (a instanceof TransactWriteItem.Update u) {
        UpdateItemRequest r = u.request();
        b.update(Update.builder().tableName(r.tableName()).key(SdkValues.toSdk(r.key())).updateExpression(r.updateExpression())
            .conditionExpression(r.conditionExpression())
            .expressionAttributeNames(names(r.expr())).expressionAttributeValues(values(r.expr())).build());
      } else if (a instanceof TransactWriteItem.Delete d) {
        DeleteItemRequest r = d.request();
        b.delete(Delete.builder().tableName(r.tableName()).key(SdkValues.toSdk(r.key())).conditionExpression(r.conditionExpression())
            .expressionAttributeNames(names(r.expr())).expressionAttributeValues(values(r.expr())).build());
      } else {
        throw new IllegalArgumentException("No DML statement makes a condition check: " + a);
      }
      out.add(b.build());
    }
    return out;
  }

  private static Map<String, String> names(Expr e) {
    return e.names() == null || e.names().isEmpty() ? null : e.names();
  }

  private static Map<String, AttributeValue> values(Expr e) {
    return e.values() == null || e.values().isEmpty() ? null : SdkValues.toSdk(e.values());
  }
}
