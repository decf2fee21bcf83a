package io.dynasql.federation.dynamo;

import io.dynasql.calcite.ColumnSampler;
import io.dynasql.engine.catalog.ColumnInfo;
import io.dynasql.engine.catalog.IndexDescriptor;
import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.BillingMode;
import io.dynasql.engine.model.IndexKind;
import io.dynasql.engine.model.KeySchema;
import io.dynasql.engine.model.ProjectionType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * A remote table's DescribeTable answer as the catalog entry the SQL layer reads columns from:
 * its key with the key attributes' types, its global and local indexes with their projections,
 * and the columns found in a sample of its items (typed as {@link ColumnSampler} types local
 * tables). The entry lives in memory only; nothing is written to the local catalog.
 */
final class DynamoShapes {
  private DynamoShapes() {}

  static TableDescriptor descriptor(TableDescription d, List<Map<String, AttributeValue>> sample) {
    Map<String, AttributeType> types = new HashMap<>();
    for (AttributeDefinition a : d.attributeDefinitions()) {
      types.put(a.attributeName(), AttributeType.valueOf(a.attributeTypeAsString()));
    }
    KeySchema key = key(d.keySchema(), types);
    List<IndexDescriptor> indexes = new ArrayList<>();
    d.globalSecondaryIndexes().forEach(i -> indexes.add(index(i.indexName(), IndexKind.GLOBAL, key(i.keySchema(), types),
        i.projection())));
    d.localSecondaryIndexes().forEach(i -> indexes.add(index(i.indexName(), IndexKind.LOCAL, key(i.keySchema(), types),
        i.projection())));
    boolean provisioned = d.billingModeSummary() == null
        || !"PAY_PER_REQUEST".equals(d.billingModeSummary().billingModeAsString());
    long rcu = d.provisionedThroughput() == null || d.provisionedThroughput().readCapacityUnits() == null ? 0
        : d.provisionedThroughput().readCapacityUnits();
    long wcu = d.provisionedThroughput() == null || d.provisionedThroughput().writeCapacityUnits() == null ? 0
        : d.provisionedThroughput().writeCapacityUnits();
    long created = d.creationDateTime() == null ? 0 : d.creationDateTime().toEpochMilli();
    TableDescriptor bare = new TableDescriptor(d.tableName(), 0, key, indexes,
        provisioned ? BillingMode.PROVISIONED : BillingMode.PAY_PER_REQUEST, rcu, wcu, "STANDARD", 1, created,
        List.of(), true);
    List<ColumnInfo> columns = new ArrayList<>();
    ColumnSampler.infer(sample, bare).forEach((name, type) -> columns.add(new ColumnInfo(name, type, ColumnInfo.SAMPLED)));
    return new TableDescriptor(d.tableName(), 0, key, indexes, bare.billingMode(), rcu, wcu, "STANDARD", 1, created,
        columns, true);
  }

  private static KeySchema key(List<KeySchemaElement> elements, Map<String, AttributeType> types) {
    String hash = null;
    String range = null;
    for (KeySchemaElement e : elements) {
      if (e.keyType() == KeyType.HASH) hash = e.attributeName();
      else range = e.attributeName();
    }
    return range == null ? KeySchema.of(hash, types.get(hash)) : KeySchema.of(hash, types.get(hash), range, types.get(range));
  }

  private static IndexDescriptor index(String name, IndexKind kind, KeySchema key, Projection p) {
    ProjectionType type = p == null || p.projectionTypeAsString() == null ? ProjectionType.ALL
        : ProjectionType.valueOf(p.projectionTypeAsString());
    List<String> extra = p == null || !p.hasNonKeyAttributes() ? List.of() : p.nonKeyAttributes();
    return new IndexDescriptor(name, 0, kind, key, type, extra);
  }
}
