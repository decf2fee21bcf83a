package io.dynasql.engine.catalog;

import io.dynasql.engine.error.ValidationException;
import io.dynasql.engine.model.BillingMode;
import io.dynasql.engine.model.KeySchema;
import java.util.List;

/**
 * A table as stored in the catalog: its key, indexes and settings. Immutable; a change to the
 * table writes a new descriptor and bumps the catalog version.
 *
 * @param name table name, as written (case kept)
 * @param keyspace id prefixing its items in the data database
 * @param keySchema primary key
 * @param indexes global and local secondary indexes
 * @param billingMode recorded billing mode
 * @param readCapacity provisioned read units (0 for on-demand)
 * @param writeCapacity provisioned write units (0 for on-demand)
 * @param tableClass STANDARD or STANDARD_INFREQUENT_ACCESS
 * @param partitions number of logical partitions (hash ranges) the table is split into
 * @param createdAtMillis creation time
 * @param columns SQL columns declared in DDL or discovered by sampling
 * @param columnsKnown whether the column list is settled (declared in DDL, or sampled once), so
 *     the SQL layer never needs to read items to describe the table
 */
public record TableDescriptor(String name, int keyspace, KeySchema keySchema,
    List<IndexDescriptor> indexes, BillingMode billingMode, long readCapacity, long writeCapacity,
    String tableClass, int partitions, long createdAtMillis, List<ColumnInfo> columns, boolean columnsKnown) {

  public TableDescriptor {
    indexes = indexes == null ? List.of() : List.copyOf(indexes);
    columns = columns == null ? List.of() : List.copyOf(columns);
  }

  /** The index called {@code indexName}, or a ValidationException naming table and index. */
  public IndexDescriptor index(String indexName) {
    for (IndexDescriptor i : indexes) {
      if (i.name().equals(indexName)) return i;
    }
    throw new ValidationException("The table does not have the specified index: " + indexName
        + " (table " + name + ")");
  }

  /** Whether {@code attribute} is a key attribute of the table or of any index. */
  public boolean isAnyKeyAttribute(String attribute) {
    if (keySchema.isKeyAttribute(attribute)) return true;
    for (IndexDescriptor i : indexes) {
      if (i.keySchema().isKeyAttribute(attribute)) return true;
    }
    return false;
  }

  /** A copy with another index list (UpdateTable). */
  public TableDescriptor withIndexes(List<IndexDescriptor> newIndexes) {
    return new TableDescriptor(name, keyspace, keySchema, newIndexes, billingMode, readCapacity,
        writeCapacity, tableClass, partitions, createdAtMillis, columns, columnsKnown);
  }

  /** A copy with other billing settings (UpdateTable). */
  public TableDescriptor withBilling(BillingMode mode, long rcu, long wcu) {
    return new TableDescriptor(name, keyspace, keySchema, indexes, mode, rcu, wcu, tableClass,
        partitions, createdAtMillis, columns, columnsKnown);
  }

  /** A copy with another column list (DDL, sampling). */
  public TableDescriptor withColumns(List<ColumnInfo> newColumns) {
    return new TableDescriptor(name, keyspace, keySchema, indexes, billingMode, readCapacity,
        writeCapacity, tableClass, partitions, createdAtMillis, newColumns, true);
  }
}
