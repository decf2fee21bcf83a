package io.dynasql.engine.api;

import io.dynasql.engine.model.BillingMode;
import java.util.List;

/**
 * UpdateTable: add global secondary indexes (backfilled from the existing items), remove some,
 * change billing settings, or enable or disable the table's stream. Null or empty parts are left
 * unchanged.
 */
public record UpdateTableRequest(String tableName, List<SecondaryIndex> createGlobalIndexes,
    List<String> deleteGlobalIndexes, BillingMode billingMode, Long readCapacityUnits, Long writeCapacityUnits,
    StreamSpecification streamSpecification) {

  /** An update that leaves the stream as it is. */
  public UpdateTableRequest(String tableName, List<SecondaryIndex> createGlobalIndexes,
      List<String> deleteGlobalIndexes, BillingMode billingMode, Long readCapacityUnits, Long writeCapacityUnits) {
    this(tableName, createGlobalIndexes, deleteGlobalIndexes, billingMode, readCapacityUnits, writeCapacityUnits, null);
  }

  public UpdateTableRequest {
    createGlobalIndexes = createGlobalIndexes == null ? List.of() : List.copyOf(createGlobalIndexes);
    deleteGlobalIndexes = deleteGlobalIndexes == null ? List.of() : List.copyOf(deleteGlobalIndexes);
  }

  public static UpdateTableRequest createIndex(String table, SecondaryIndex index) {
    return new UpdateTableRequest(table, List.of(index), List.of(), null, null, null);
  }

  public static UpdateTableRequest deleteIndex(String table, String indexName) {
    return new UpdateTableRequest(table, List.of(), List.of(indexName), null, null, null);
  }

  /** Enables or disables the table's stream. */
  public static UpdateTableRequest stream(String table, StreamSpecification spec) {
    return new UpdateTableRequest(table, List.of(), List.of(), null, null, null, spec);
  }
}
