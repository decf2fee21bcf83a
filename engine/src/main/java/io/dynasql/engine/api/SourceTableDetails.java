package io.dynasql.engine.api;

import io.dynasql.engine.model.BillingMode;
import io.dynasql.engine.model.KeySchema;
import java.time.Instant;
import java.util.List;

/**
 * The table a backup was taken of, as it was then (API_SourceTableDetails.html and
 * API_SourceTableFeatureDetails.html, in one record).
 *
 * @param tableName the table's name
 * @param keySchema its primary key
 * @param itemCount items in the backup
 * @param tableSizeBytes their size
 * @param tableCreationDateTime when the table was created
 * @param billingMode its billing mode
 * @param globalSecondaryIndexes names of its global secondary indexes
 * @param localSecondaryIndexes names of its local secondary indexes
 */
public record SourceTableDetails(String tableName, KeySchema keySchema, long itemCount, long tableSizeBytes,
    Instant tableCreationDateTime, BillingMode billingMode, List<String> globalSecondaryIndexes,
    List<String> localSecondaryIndexes) {
  public SourceTableDetails {
    globalSecondaryIndexes = List.copyOf(globalSecondaryIndexes);
    localSecondaryIndexes = List.copyOf(localSecondaryIndexes);
  }
}
