package io.dynasql.engine.api;

import io.dynasql.engine.model.BillingMode;
import io.dynasql.engine.model.KeySchema;
import java.time.Instant;
import java.util.List;

/**
 * A table as DescribeTable reports it. Item count and size are exact (DynamoDB refreshes its
 * figures about every six hours; an embedded store can keep them current for free).
 *
 * @param streamSpecification the stream setting while a stream is enabled, else null
 * @param latestStreamArn the ARN of the table's most recent stream (enabled or not), or null
 * @param latestStreamLabel that stream's label, or null
 */
public record TableDescription(String tableName, String tableStatus, KeySchema keySchema,
    List<IndexDescription> globalSecondaryIndexes, List<IndexDescription> localSecondaryIndexes,
    long itemCount, long tableSizeBytes, BillingMode billingMode, long readCapacityUnits,
    long writeCapacityUnits, String tableClass, Instant creationDateTime, int partitions,
    StreamSpecification streamSpecification, String latestStreamArn, String latestStreamLabel) {

  /** A table that has never had a stream. */
  public TableDescription(String tableName, String tableStatus, KeySchema keySchema,
      List<IndexDescription> globalSecondaryIndexes, List<IndexDescription> localSecondaryIndexes,
      long itemCount, long tableSizeBytes, BillingMode billingMode, long readCapacityUnits,
      long writeCapacityUnits, String tableClass, Instant creationDateTime, int partitions) {
    this(tableName, tableStatus, keySchema, globalSecondaryIndexes, localSecondaryIndexes, itemCount, tableSizeBytes,
        billingMode, readCapacityUnits, writeCapacityUnits, tableClass, creationDateTime, partitions, null, null, null);
  }
}
