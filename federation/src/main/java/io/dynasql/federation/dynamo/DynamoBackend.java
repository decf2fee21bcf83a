package io.dynasql.federation.dynamo;

import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.ItemSizes;
import io.dynasql.pushdown.backend.BatchRead;
import io.dynasql.pushdown.backend.KeyRead;
import io.dynasql.pushdown.backend.QueryRead;
import io.dynasql.pushdown.backend.RangeRead;
import io.dynasql.pushdown.backend.ReadPage;
import io.dynasql.pushdown.backend.ScanRead;
import io.dynasql.pushdown.backend.TableBackend;
import io.dynasql.pushdown.backend.TableShape;
import io.dynasql.pushdown.backend.TableStatistics;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * A table of a DynamoDB endpoint as a {@link TableBackend}: each call of the rules' runner is one
 * GetItem, BatchGetItem, Query or Scan through the AWS SDK, asking for ConsumedCapacity
 * (INDEXES), so that the read units on a label are the ones the service reported. Conditions
 * arrive as typed trees and leave as expression strings with placeholders ({@link
 * DynamoExpressions}); items come back into dynasql's model ({@link SdkValues}). The SDK client
 * is thread-safe, so the segments of a parallel Scan call it at once.
 */
final class DynamoBackend implements TableBackend {
  private final DynamoDbClient client;
  private final String source;
  private final TableShape shape;
  private final TableStatistics statistics;
  private final BatchReader batches;
  private final ScanSegments segments;

  DynamoBackend(DynamoDbClient client, String source, TableShape shape, TableStatistics statistics, BatchReader batches,
      ScanSegments segments) {
    this.client = client;
    this.source = source;
    this.shape = shape;
    this.statistics = statistics;
    this.batches = batches;
    this.segments = segments;
  }

  @Override
  public TableShape shape() {
    return shape;
  }

  /** The ItemCount and TableSizeBytes DescribeTable gave when the table was described (the service updates them about every six hours). */
  @Override
  public TableStatistics statistics() {
    return statistics;
  }

  /** The source's {@code scan_segments}, or one segment per 32 MB of the table or index read ({@link ScanSegments}). */
  @Override
  public int scanSegments(String index) {
    return segments.of(statistics.of(index));
  }

  @Override
  public ReadPage get(KeyRead read) {
    GetItemResponse r = call("GetItem", () -> client.getItem(b -> b.tableName(shape.name()).key(SdkValues.toSdk(read.key()))
        .consistentRead(read.consistent()).returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)));
    Map<String, AttributeValue> item = r.hasItem() ? SdkValues.fromSdk(r.item()) : null;
    List<Map<String, AttributeValue>> items = item == null ? List.of() : List.of(item);
    return new ReadPage(items, items.size(), items.size(), item == null ? 0 : ItemSizes.of(item), units(r.consumedCapacity()),
        null, List.of());
  }

  @Override
  public ReadPage batchGet(BatchRead read) {
    return call("BatchGetItem", () -> batches.read(client, shape.name(), read));
  }

  @Override
  public ReadPage query(QueryRead read) {
    return query(read, false);
  }

  @Override
  public ReadPage scan(ScanRead read) {
    return scan(read, false);
  }

  @Override
  public ReadPage count(RangeRead read) {
    return read instanceof QueryRead q ? query(q, true) : scan((ScanRead) read, true);
  }

  private ReadPage query(QueryRead read, boolean count) {
    DynamoExpressions e = new DynamoExpressions();
    String key = e.key(read.key());
    String filter = e.filter(read.filter());
    String projection = count ? null : e.projection(projected(read.projection(), read.index()));
    QueryResponse r = call("Query", () -> client.query(b -> b.tableName(shape.name()).indexName(read.index())
        .keyConditionExpression(key).filterExpression(filter).projectionExpression(projection)
        .expressionAttributeNames(e.names()).expressionAttributeValues(e.values())
        .scanIndexForward(read.forward()).limit(read.limit()).exclusiveStartKey(start(read.startKey()))
        .consistentRead(read.consistent()).select(count ? "COUNT" : null)
        .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)));
    return page(r.items(), r.count(), r.scannedCount(), r.consumedCapacity(), r.hasLastEvaluatedKey() ? r.lastEvaluatedKey() : null);
  }

  private ReadPage scan(ScanRead read, boolean count) {
    DynamoExpressions e = new DynamoExpressions();
    String filter = e.filter(read.filter());
    String projection = count ? null : e.projection(projected(read.projection(), read.index()));
    boolean split = read.totalSegments() > 1;
    ScanResponse r = call("Scan", () -> client.scan(b -> b.tableName(shape.name()).indexName(read.index())
        .filterExpression(filter).projectionExpression(projection)
        .expressionAttributeNames(e.names()).expressionAttributeValues(e.values())
        .limit(read.limit()).exclusiveStartKey(start(read.startKey())).consistentRead(read.consistent())
        .segment(split ? read.segment() : null).totalSegments(split ? read.totalSegments() : null)
        .select(count ? "COUNT" : null).returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)));
    return page(r.items(), r.count(), r.scannedCount(), r.consumedCapacity(), r.hasLastEvaluatedKey() ? r.lastEvaluatedKey() : null);
  }

  /**
   * What to ask for: null for whole items; an empty set (no column needed, as for COUNT(*) of rows
   * read) becomes the key attributes, since a ProjectionExpression cannot be empty.
   */
  private java.util.Set<String> projected(java.util.Set<String> projection, String index) {
    if (projection == null || !projection.isEmpty()) return projection;
    return java.util.Set.of(shape.keySchemaOf(index).partitionKey());
  }

  private static Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> start(Map<String, AttributeValue> key) {
    return key == null ? null : SdkValues.toSdk(key);
  }

  private static ReadPage page(List<Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue>> sdkItems,
      Integer count, Integer scanned, ConsumedCapacity capacity,
      Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> last) {
    List<Map<String, AttributeValue>> items = SdkValues.fromSdkItems(sdkItems);
    long bytes = 0;
    for (Map<String, AttributeValue> item : items) bytes += ItemSizes.of(item);
    long matched = count == null ? items.size() : count;
    return ReadPage.range(items, matched, scanned == null ? matched : scanned, bytes, units(capacity),
        last == null || last.isEmpty() ? null : SdkValues.fromSdk(last));
  }

  /** The total units the service reported for the call (table and indexes), 0 when it reported none. */
  static double units(ConsumedCapacity c) {
    return c == null || c.capacityUnits() == null ? 0 : c.capacityUnits();
  }

  private <T> T call(String operation, Supplier<T> request) {
    try {
      return request.get();
    } catch (SdkException e) {
      throw DynamoErrors.of(e, source, operation + " on " + shape.name(), DynamoErrors.Phase.QUERY);
    }
  }
}
