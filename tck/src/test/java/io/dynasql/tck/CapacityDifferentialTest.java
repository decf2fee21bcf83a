package io.dynasql.tck;

import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynasql.engine.Database;
import io.dynasql.engine.api.ConditionCheck;
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
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.KeySchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Consumed capacity per table and per index, dynasql against DynamoDB Local, for the operations
 * whose rules are easy to get wrong: index write amplification, transactions, batches, misses.
 */
class CapacityDifferentialTest {
  private static DynamoLocal local;
  private static DynamoDbClient ddb;
  private static Database db;
  private static final ReturnConsumedCapacity INDEXES = ReturnConsumedCapacity.INDEXES;

  @BeforeAll
  static void start() {
    local = new DynamoLocal();
    ddb = local.client();
    db = Database.temporary();
    db.createTable(CreateTableRequest.of("Cap", KeySchema.of("pk", AttributeType.S))
        .withGlobalIndexes(SecondaryIndex.all("byG", KeySchema.of("g", AttributeType.S))));
    ddb.createTable(b -> b.tableName("Cap").billingMode(BillingMode.PAY_PER_REQUEST)
        .attributeDefinitions(AttributeDefinition.builder().attributeName("pk").attributeType(ScalarAttributeType.S).build(),
            AttributeDefinition.builder().attributeName("g").attributeType(ScalarAttributeType.S).build())
        .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build())
        .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("byG")
            .keySchema(KeySchemaElement.builder().attributeName("g").keyType(KeyType.HASH).build())
            .projection(Projection.builder().projectionType(ProjectionType.ALL).build()).build()));
  }

  @AfterAll
  static void stop() {
    db.close();
    local.close();
  }

  /** Table and index units as one comparable map. */
  private static Map<String, Double> ours(ConsumedCapacity c) {
    Map<String, Double> m = new TreeMap<>();
    m.put("total", c.capacityUnits());
    c.globalSecondaryIndexes().forEach((k, v) -> m.put(k, v.capacityUnits()));
    return m;
  }

  private static Map<String, Double> theirs(software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity c) {
    Map<String, Double> m = new TreeMap<>();
    m.put("total", c.capacityUnits());
    if (c.hasGlobalSecondaryIndexes()) c.globalSecondaryIndexes().forEach((k, v) -> m.put(k, v.capacityUnits()));
    return m;
  }

  private final List<String> diffs = new ArrayList<>();

  private void same(String what, Object ours, Object theirs) {
    String diff = what + ": dynasql " + ours + ", DynamoDB Local " + theirs;
    if (!ours.equals(theirs) && !KnownDifferences.explains(diff)) diffs.add(diff);
  }

  private void put(String what, Map<String, AttributeValue> item) {
    same(what, ours(db.putItem(PutItemRequest.of("Cap", item)).consumedCapacity()),
        theirs(ddb.putItem(b -> b.tableName("Cap").item(SdkValues.toSdk(item)).returnConsumedCapacity(INDEXES)).consumedCapacity()));
  }

  @Test
  void indexWritesTransactionsAndBatchesCostTheSame() {
    String kb = "x".repeat(1500);
    put("put without index key", Map.of("pk", s("a"), "v", s(kb)));
    put("put adding an index entry", Map.of("pk", s("a"), "v", s(kb), "g", s("one")));
    put("put rewriting the entry", Map.of("pk", s("a"), "v", s(kb + "y"), "g", s("one")));
    put("put moving the entry to another index key", Map.of("pk", s("a"), "v", s(kb), "g", s("two")));
    put("put removing the entry", Map.of("pk", s("a"), "v", s("small")));
    put("put small new", Map.of("pk", s("b"), "g", s("one")));

    Map<String, AttributeValue> kA = Map.of("pk", s("a"));
    same("update", ours(db.updateItem(UpdateItemRequest.of("Cap", kA, "SET g = :g", Expr.values(Map.of(":g", s("three"))))).consumedCapacity()),
        theirs(ddb.updateItem(b -> b.tableName("Cap").key(SdkValues.toSdk(kA)).updateExpression("SET g = :g")
            .expressionAttributeValues(SdkValues.toSdk(Map.of(":g", s("three")))).returnConsumedCapacity(INDEXES)).consumedCapacity()));
    Map<String, AttributeValue> kZ = Map.of("pk", s("zz"));
    same("delete of a missing item", ours(db.deleteItem(DeleteItemRequest.of("Cap", kZ)).consumedCapacity()),
        theirs(ddb.deleteItem(b -> b.tableName("Cap").key(SdkValues.toSdk(kZ)).returnConsumedCapacity(INDEXES)).consumedCapacity()));

    same("query on the index", db.query(QueryRequest.builder("Cap").index("byG").keyCondition("g = :g")
            .values(Map.of(":g", s("one"))).build()).consumedCapacity().capacityUnits(),
        ddb.query(b -> b.tableName("Cap").indexName("byG").keyConditionExpression("g = :g")
            .expressionAttributeValues(SdkValues.toSdk(Map.of(":g", s("one")))).returnConsumedCapacity(INDEXES)).consumedCapacity().capacityUnits());

    List<Map<String, AttributeValue>> keys = List.of(kA, Map.of("pk", s("b")), kZ);
    same("batch get with a missing key", db.batchGetItem(Map.of("Cap", KeysAndAttributes.of(keys))).consumedCapacity().get(0).capacityUnits(),
        ddb.batchGetItem(b -> b.requestItems(Map.of("Cap", software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes.builder()
            .keys(keys.stream().map(SdkValues::toSdk).toList()).build())).returnConsumedCapacity(INDEXES)).consumedCapacity().get(0).capacityUnits());

    same("transact get", db.transactGetItems(List.of(TransactGet.of("Cap", kA), TransactGet.of("Cap", kZ))).consumedCapacity().get(0).capacityUnits(),
        ddb.transactGetItems(b -> b.transactItems(
            t -> t.get(g -> g.tableName("Cap").key(SdkValues.toSdk(kA))),
            t -> t.get(g -> g.tableName("Cap").key(SdkValues.toSdk(kZ)))).returnConsumedCapacity(INDEXES)).consumedCapacity().get(0).capacityUnits());

    Map<String, AttributeValue> item = Map.of("pk", s("c"), "g", s("one"), "v", s(kb));
    same("transact write", ours(db.transactWriteItems(TransactWriteItemsRequest.of(
            new TransactWriteItem.Put(PutItemRequest.of("Cap", item)),
            new TransactWriteItem.Check(new ConditionCheck("Cap", Map.of("pk", s("b")), "attribute_exists(pk)", Expr.NONE, false))))
            .consumedCapacity().get(0)),
        theirs(ddb.transactWriteItems(b -> b.transactItems(
            t -> t.put(p -> p.tableName("Cap").item(SdkValues.toSdk(item))),
            t -> t.conditionCheck(c -> c.tableName("Cap").key(SdkValues.toSdk(Map.of("pk", s("b")))).conditionExpression("attribute_exists(pk)")))
            .returnConsumedCapacity(INDEXES)).consumedCapacity().get(0)));
    List<Map<String, AttributeValue>> found = List.of(kA, Map.of("pk", s("b")));
    same("batch get of existing items", db.batchGetItem(Map.of("Cap", KeysAndAttributes.of(found))).consumedCapacity().get(0).capacityUnits(),
        ddb.batchGetItem(b -> b.requestItems(Map.of("Cap", software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes.builder()
            .keys(found.stream().map(SdkValues::toSdk).toList()).build())).returnConsumedCapacity(INDEXES)).consumedCapacity().get(0).capacityUnits());
    assertEquals(List.of(), diffs, String.join("\n", diffs));
  }
}
