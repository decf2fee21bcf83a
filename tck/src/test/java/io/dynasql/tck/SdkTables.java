package io.dynasql.tck;

import io.dynasql.engine.api.SecondaryIndex;
import io.dynasql.engine.model.KeySchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** Creates, through the AWS SDK v2, the table dynasql's CreateTableRequest describes (on-demand). */
final class SdkTables {
  private SdkTables() {}

  static void create(DynamoDbClient ddb, String name, KeySchema key, List<SecondaryIndex> global, List<SecondaryIndex> local) {
    Map<String, AttributeDefinition> defs = new LinkedHashMap<>();
    define(defs, key);
    List<GlobalSecondaryIndex> gsis = new ArrayList<>();
    for (SecondaryIndex i : global) {
      define(defs, i.keySchema());
      gsis.add(GlobalSecondaryIndex.builder().indexName(i.indexName()).keySchema(elements(i.keySchema()))
          .projection(projection(i)).build());
    }
    List<LocalSecondaryIndex> lsis = new ArrayList<>();
    for (SecondaryIndex i : local) {
      define(defs, i.keySchema());
      lsis.add(LocalSecondaryIndex.builder().indexName(i.indexName()).keySchema(elements(i.keySchema()))
          .projection(projection(i)).build());
    }
    ddb.createTable(b -> b.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST)
        .attributeDefinitions(defs.values()).keySchema(elements(key))
        .globalSecondaryIndexes(gsis.isEmpty() ? null : gsis).localSecondaryIndexes(lsis.isEmpty() ? null : lsis));
  }

  private static Projection projection(SecondaryIndex i) {
    Projection.Builder p = Projection.builder().projectionType(i.projectionType().name());
    if (!i.nonKeyAttributes().isEmpty()) p.nonKeyAttributes(i.nonKeyAttributes());
    return p.build();
  }

  private static void define(Map<String, AttributeDefinition> defs, KeySchema k) {
    defs.put(k.partitionKey(), def(k.partitionKey(), k.partitionType().name()));
    if (k.hasSortKey()) defs.put(k.sortKey(), def(k.sortKey(), k.sortType().name()));
  }

  private static AttributeDefinition def(String name, String type) {
    return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.fromValue(type)).build();
  }

  private static List<KeySchemaElement> elements(KeySchema k) {
    List<KeySchemaElement> out = new ArrayList<>();
    out.add(KeySchemaElement.builder().attributeName(k.partitionKey()).keyType(KeyType.HASH).build());
    if (k.hasSortKey()) out.add(KeySchemaElement.builder().attributeName(k.sortKey()).keyType(KeyType.RANGE).build());
    return out;
  }
}
