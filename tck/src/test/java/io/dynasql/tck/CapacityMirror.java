package io.dynasql.tck;

import io.dynasql.federation.dynamo.SdkValues;
import io.dynasql.engine.Database;
import io.dynasql.engine.api.ConsumedCapacity;
import io.dynasql.engine.api.CreateTableRequest;
import io.dynasql.engine.api.DeleteItemRequest;
import io.dynasql.engine.api.Expr;
import io.dynasql.engine.api.KeysAndAttributes;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.api.QueryRequest;
import io.dynasql.engine.api.SecondaryIndex;
import io.dynasql.engine.api.TransactGet;
import io.dynasql.engine.api.TransactWriteItem;
import io.dynasql.engine.api.TransactWriteItemsRequest;
import io.dynasql.engine.api.UpdateItemRequest;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.KeySchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem.Builder;

/**
 * The same request sent to dynasql and to the moto server, each answer's consumed capacity as a
 * comparable map: "total" and one entry per global secondary index.
 */
final class CapacityMirror {
  private static final ReturnConsumedCapacity INDEXES = ReturnConsumedCapacity.INDEXES;

  /** Both answers; {@code moto} is null when it was not asked. */
  record Both(Map<String, Double> ours, Map<String, Double> moto) {}

  private final Database db;
  private final DynamoDbClient ddb;

  CapacityMirror(Database db, DynamoDbClient ddb) {
    this.db = db;
    this.ddb = ddb;
  }

  Database db() {
    return db;
  }

  static Map<String, Double> ours(ConsumedCapacity c) {
    Map<String, Double> m = new TreeMap<>();
    m.put("total", c.capacityUnits());
    c.globalSecondaryIndexes().forEach((k, v) -> m.put(k, v.capacityUnits()));
    return m;
  }

  static Map<String, Double> theirs(software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity c) {
    Map<String, Double> m = new TreeMap<>();
    m.put("total", c.capacityUnits());
    if (c.hasGlobalSecondaryIndexes()) c.globalSecondaryIndexes().forEach((k, v) -> m.put(k, v.capacityUnits()));
    return m;
  }

  void createTable(String name, KeySchema key, List<SecondaryIndex> global, List<SecondaryIndex> local) {
    db.createTable(CreateTableRequest.of(name, key).withGlobalIndexes(global.toArray(SecondaryIndex[]::new))
        .withLocalIndexes(local.toArray(SecondaryIndex[]::new)));
    SdkTables.create(ddb, name, key, global, local);
  }

  Both put(String table, Map<String, AttributeValue> item) {
    return new Both(ours(db.putItem(PutItemRequest.of(table, item)).consumedCapacity()),
        theirs(ddb.putItem(b -> b.tableName(table).item(SdkValues.toSdk(item)).returnConsumedCapacity(INDEXES)).consumedCapacity()));
  }

  Both update(String table, Map<String, AttributeValue> key, String update, Map<String, AttributeValue> values) {
    return new Both(ours(db.updateItem(UpdateItemRequest.of(table, key, update, Expr.values(values))).consumedCapacity()),
        theirs(ddb.updateItem(b -> b.tableName(table).key(SdkValues.toSdk(key)).updateExpression(update)
            .expressionAttributeValues(SdkValues.toSdk(values)).returnConsumedCapacity(INDEXES)).consumedCapacity()));
  }

  Both delete(String table, Map<String, AttributeValue> key) {
    return new Both(ours(db.deleteItem(DeleteItemRequest.of(table, key)).consumedCapacity()),
        theirs(ddb.deleteItem(b -> b.tableName(table).key(SdkValues.toSdk(key)).returnConsumedCapacity(INDEXES)).consumedCapacity()));
  }

  Both query(QueryRequest q) {
    var select = q.select() == null ? null : software.amazon.awssdk.services.dynamodb.model.Select.fromValue(q.select().name());
    return new Both(ours(db.query(q).consumedCapacity()),
        theirs(ddb.query(b -> b.tableName(q.tableName()).indexName(q.indexName()).keyConditionExpression(q.keyConditionExpression())
            .expressionAttributeValues(SdkValues.toSdk(q.expr().values())).select(select).consistentRead(q.consistentRead())
            .returnConsumedCapacity(INDEXES)).consumedCapacity()));
  }

  Both batchGet(String table, List<Map<String, AttributeValue>> keys) {
    var sdkKeys = software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes.builder()
        .keys(keys.stream().map(SdkValues::toSdk).toList()).build();
    return new Both(ours(db.batchGetItem(Map.of(table, KeysAndAttributes.of(keys))).consumedCapacity().get(0)),
        theirs(ddb.batchGetItem(b -> b.requestItems(Map.of(table, sdkKeys)).returnConsumedCapacity(INDEXES)).consumedCapacity().get(0)));
  }

  Both transactGet(String table, List<Map<String, AttributeValue>> keys) {
    List<software.amazon.awssdk.services.dynamodb.model.TransactGetItem> gets = new ArrayList<>();
    for (var k : keys) gets.add(software.amazon.awssdk.services.dynamodb.model.TransactGetItem.builder()
        .get(g -> g.tableName(table).key(SdkValues.toSdk(k))).build());
    return new Both(ours(db.transactGetItems(keys.stream().map(k -> TransactGet.of(table, k)).toList()).consumedCapacity().get(0)),
        theirs(ddb.transactGetItems(b -> b.transactItems(gets).returnConsumedCapacity(INDEXES)).consumedCapacity().get(0)));
  }

  Both transactWrite(TransactWriteItemsRequest r) {
    List<software.amazon.awssdk.services.dynamodb.model.TransactWriteItem> actions = new ArrayList<>();
    for (TransactWriteItem a : r.transactItems()) {
      Builder b = software.amazon.awssdk.services.dynamodb.model.TransactWriteItem.builder();
      if (a instanceof TransactWriteItem.Put p) {
        b.put(x -> x.tableName(p.tableName()).item(SdkValues.toSdk(p.request().item())));
      } else if (a instanceof TransactWriteItem.Check c) {
        b.conditionCheck(x -> x.tableName(c.tableName()).key(SdkValues.toSdk(c.request().key()))
            .conditionExpression(c.request().conditionExpression()));
      } else {
        throw new IllegalArgumentException("this mirror sends puts and condition checks only, not " + a);
      }
      actions.add(b.build());
    }
    var moto = ddb.transactWriteItems(b -> b.transactItems(actions).returnConsumedCapacity(INDEXES)).consumedCapacity();
    return new Both(ours(db.transactWriteItems(r).consumedCapacity().get(0)), moto.isEmpty() ? Map.of() : theirs(moto.get(0)));
  }
}
