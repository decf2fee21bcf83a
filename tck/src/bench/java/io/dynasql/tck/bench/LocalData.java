package io.dynasql.tck.bench;

import io.dynasql.engine.model.AttributeValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** The GetItem data set in DynamoDB Local (SDK v2): same items, possibly fewer of them. */
final class LocalData {
  /** Items loaded into DynamoDB Local: -Dbench.ddbLocalItems, default {@value #DEFAULT_ITEMS}. */
  static final int DEFAULT_ITEMS = 10_000;

  private LocalData() {}

  static int count() {
    return Integer.getInteger("bench.ddbLocalItems", DEFAULT_ITEMS);
  }

  static List<Map<String, AttributeValue>> items() {
    List<Map<String, AttributeValue>> out = new ArrayList<>();
    for (int i = 0; i < count(); i++) out.add(BenchData.item(i, -1));
    return out;
  }

  /** Creates the table, loads {@code items} 25 at a time, and returns their keys in SDK form. */
  static List<Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue>> createAndLoad(
      DynamoDbClient client, List<Map<String, AttributeValue>> items) {
    client.createTable(b -> b.tableName(BenchData.TABLE)
        .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build())
        .attributeDefinitions(AttributeDefinition.builder().attributeName("pk").attributeType(ScalarAttributeType.S).build())
        .billingMode(BillingMode.PAY_PER_REQUEST));
    List<Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue>> keys = new ArrayList<>();
    List<WriteRequest> batch = new ArrayList<>();
    for (Map<String, AttributeValue> item : items) {
      var sdkItem = sdk(item);
      keys.add(Map.of("pk", sdkItem.get("pk")));
      batch.add(WriteRequest.builder().putRequest(PutRequest.builder().item(sdkItem).build()).build());
      if (batch.size() == 25) {
        write(client, batch);
        batch = new ArrayList<>();
      }
    }
    if (!batch.isEmpty()) write(client, batch);
    return keys;
  }

  private static void write(DynamoDbClient client, List<WriteRequest> batch) {
    Map<String, List<WriteRequest>> pending = Map.of(BenchData.TABLE, batch);
    while (!pending.isEmpty()) {
      Map<String, List<WriteRequest>> send = pending;
      pending = client.batchWriteItem(b -> b.requestItems(send)).unprocessedItems();
    }
  }

  /** The benchmark items hold only S, N and BOOL. */
  static Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> sdk(Map<String, AttributeValue> item) {
    Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> out = new LinkedHashMap<>();
    item.forEach((name, v) -> {
      var b = software.amazon.awssdk.services.dynamodb.model.AttributeValue.builder();
      if (v instanceof AttributeValue.S s) b.s(s.value());
      else if (v instanceof AttributeValue.N n) b.n(n.text());
      else if (v instanceof AttributeValue.Bool bo) b.bool(bo.value());
      else throw new IllegalArgumentException("unexpected type " + v.type());
      out.put(name, b.build());
    });
    return out;
  }
}
