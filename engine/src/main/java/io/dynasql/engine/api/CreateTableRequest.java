package io.dynasql.engine.api;

import io.dynasql.engine.catalog.ColumnInfo;
import io.dynasql.engine.model.BillingMode;
import io.dynasql.engine.model.KeySchema;
import java.util.List;

/**
 * CreateTable.
 *
 * @param tableName name (3-255 of a-z A-Z 0-9 _ - .)
 * @param keySchema primary key
 * @param globalSecondaryIndexes up to 20
 * @param localSecondaryIndexes up to 5, same partition key as the table
 * @param billingMode PAY_PER_REQUEST (default) or PROVISIONED
 * @param readCapacityUnits provisioned reads (PROVISIONED only)
 * @param writeCapacityUnits provisioned writes (PROVISIONED only)
 * @param tableClass STANDARD (default) or STANDARD_INFREQUENT_ACCESS
 * @param columns SQL columns to remember in the catalog (DDL); not a DynamoDB parameter
 * @param streamSpecification the table's stream, or null for none
 */
public record CreateTableRequest(String tableName, KeySchema keySchema,
    List<SecondaryIndex> globalSecondaryIndexes, List<SecondaryIndex> localSecondaryIndexes,
    BillingMode billingMode, long readCapacityUnits, long writeCapacityUnits, String tableClass,
    List<ColumnInfo> columns, StreamSpecification streamSpecification) {

  /** A table without a stream. */
  public CreateTableRequest(String tableName, KeySchema keySchema,
      List<SecondaryIndex> globalSecondaryIndexes, List<SecondaryIndex> localSecondaryIndexes,
      BillingMode billingMode, long readCapacityUnits, long writeCapacityUnits, String tableClass,
      List<ColumnInfo> columns) {
    this(tableName, keySchema, globalSecondaryIndexes, localSecondaryIndexes, billingMode, readCapacityUnits,
        writeCapacityUnits, tableClass, columns, null);
  }

  public CreateTableRequest {
    globalSecondaryIndexes = globalSecondaryIndexes == null ? List.of() : List.copyOf(globalSecondaryIndexes);
    localSecondaryIndexes = localSecondaryIndexes == null ? List.of() : List.copyOf(localSecondaryIndexes);
    billingMode = billingMode == null ? BillingMode.PAY_PER_REQUEST : billingMode;
    tableClass = tableClass == null ? "STANDARD" : tableClass;
    columns = columns == null ? List.of() : List.copyOf(columns);
  }

  /** An on-demand table with no secondary indexes. */
  public static CreateTableRequest of(String tableName, KeySchema keySchema) {
    return new CreateTableRequest(tableName, keySchema, List.of(), List.of(), null, 0, 0, null, List.of());
  }

  public CreateTableRequest withGlobalIndexes(SecondaryIndex... indexes) {
    return new CreateTableRequest(tableName, keySchema, List.of(indexes), localSecondaryIndexes,
        billingMode, readCapacityUnits, writeCapacityUnits, tableClass, columns, streamSpecification);
  }

  public CreateTableRequest withLocalIndexes(SecondaryIndex... indexes) {
    return new CreateTableRequest(tableName, keySchema, globalSecondaryIndexes, List.of(indexes),
        billingMode, readCapacityUnits, writeCapacityUnits, tableClass, columns, streamSpecification);
  }

  public CreateTableRequest withProvisioned(long rcu, long wcu) {
    return new CreateTableRequest(tableName, keySchema, globalSecondaryIndexes, localSecondaryIndexes,
        BillingMode.PROVISIONED, rcu, wcu, tableClass, columns, streamSpecification);
  }

  public CreateTableRequest withColumns(List<ColumnInfo> sqlColumns) {
    return new CreateTableRequest(tableName, keySchema, globalSecondaryIndexes, localSecondaryIndexes,
        billingMode, readCapacityUnits, writeCapacityUnits, tableClass, sqlColumns, streamSpecification);
  }

  /** The same table with a stream as {@code spec} says. */
  public CreateTableRequest withStream(StreamSpecification spec) {
    return new CreateTableRequest(tableName, keySchema, globalSecondaryIndexes, localSecondaryIndexes,
        billingMode, readCapacityUnits, writeCapacityUnits, tableClass, columns, spec);
  }
}
