package io.dynasql.engine.api;

import io.dynasql.engine.model.BillingMode;
import io.dynasql.engine.model.KeySchema;
import java.time.Instant;
import java.util.List;

/**
 * A table as DescribeTable reports it. Item count and size are exact (DynamoDB refreshes its
 * figures about every six hours; an embedded store can keep them current for free).
 */
public record TableDescription(String tableName, String tableStatus, KeySchema keySchema,
    List<IndexDescription> globalSecondaryIndexes, List<IndexDescription> localSecondaryIndexes,
    long itemCount, long tableSizeBytes, BillingMode billingMode, long readCapacityUnits,
    long writeCapacityUnits, String tableClass, Instant creationDateTime, int partitions) {}
