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
 * @param streams the table's streams, oldest first: the last one is the current stream when it
 *     is enabled; ended streams are kept while they are readable (24 hours)
 * @param timeToLive the TTL setting, or null when TTL was never enabled
 * @param pointInTimeRecovery the point-in-time recovery setting, or null when it was never enabled
 * @param rollups the materialized views this table is the base of, or (on a view's own table)
 *     the one view it holds
 */
public record TableDescriptor(String name, int keyspace, KeySchema keySchema,
    List<IndexDescriptor> indexes, BillingMode billingMode, long readCapacity, long writeCapacity,
    String tableClass, int partitions, long createdAtMillis, List<ColumnInfo> columns, boolean columnsKnown,
    List<StreamInfo> streams, TimeToLiveInfo timeToLive, PointInTimeRecoveryInfo pointInTimeRecovery,
    List<RollupInfo> rollups) {

  public TableDescriptor {
    indexes = indexes == null ? List.of() : List.copyOf(indexes);
    columns = columns == null ? List.of() : List.copyOf(columns);
    streams = streams == null ? List.of() : List.copyOf(streams);
    rollups = rollups == null ? List.of() : List.copyOf(rollups);
  }

  /** A table without materialized views. */
  public TableDescriptor(String name, int keyspace, KeySchema keySchema,
      List<IndexDescriptor> indexes, BillingMode billingMode, long readCapacity, long writeCapacity,
      String tableClass, int partitions, long createdAtMillis, List<ColumnInfo> columns, boolean columnsKnown,
      List<StreamInfo> streams, TimeToLiveInfo timeToLive, PointInTimeRecoveryInfo pointInTimeRecovery) {
    this(name, keyspace, keySchema, indexes, billingMode, readCapacity, writeCapacity, tableClass, partitions,
        createdAtMillis, columns, columnsKnown, streams, timeToLive, pointInTimeRecovery, List.of());
  }

  /** A table that has never had point-in-time recovery enabled. */
  public TableDescriptor(String name, int keyspace, KeySchema keySchema,
      List<IndexDescriptor> indexes, BillingMode billingMode, long readCapacity, long writeCapacity,
      String tableClass, int partitions, long createdAtMillis, List<ColumnInfo> columns, boolean columnsKnown,
      List<StreamInfo> streams, TimeToLiveInfo timeToLive) {
    this(name, keyspace, keySchema, indexes, billingMode, readCapacity, writeCapacity, tableClass, partitions,
        createdAtMillis, columns, columnsKnown, streams, timeToLive, null);
  }

  /** A table that has never had TTL enabled. */
  public TableDescriptor(String name, int keyspace, KeySchema keySchema,
      List<IndexDescriptor> indexes, BillingMode billingMode, long readCapacity, long writeCapacity,
      String tableClass, int partitions, long createdAtMillis, List<ColumnInfo> columns, boolean columnsKnown,
      List<StreamInfo> streams) {
    this(name, keyspace, keySchema, indexes, billingMode, readCapacity, writeCapacity, tableClass, partitions,
        createdAtMillis, columns, columnsKnown, streams, null);
  }

  /** A table that has never had a stream. */
  public TableDescriptor(String name, int keyspace, KeySchema keySchema,
      List<IndexDescriptor> indexes, BillingMode billingMode, long readCapacity, long writeCapacity,
      String tableClass, int partitions, long createdAtMillis, List<ColumnInfo> columns, boolean columnsKnown) {
    this(name, keyspace, keySchema, indexes, billingMode, readCapacity, writeCapacity, tableClass, partitions,
        createdAtMillis, columns, columnsKnown, List.of());
  }

  /**
   * The enabled stream, or null when the table has none: the one check the write path makes,
   * so a table without a stream pays nothing for the change log.
   */
  public StreamInfo activeStream() {
    if (streams.isEmpty()) return null;
    StreamInfo last = streams.get(streams.size() - 1);
    return last.enabled() ? last : null;
  }

  /** The most recent stream, enabled or not, or null when the table never had one. */
  public StreamInfo latestStream() {
    return streams.isEmpty() ? null : streams.get(streams.size() - 1);
  }

  /** The stream labelled {@code label}, or null. */
  public StreamInfo stream(String label) {
    for (StreamInfo s : streams) {
      if (s.label().equals(label)) return s;
    }
    return null;
  }

  /** A copy with another stream list (UpdateTable). */
  public TableDescriptor withStreams(List<StreamInfo> newStreams) {
    return new TableDescriptor(name, keyspace, keySchema, indexes, billingMode, readCapacity,
        writeCapacity, tableClass, partitions, createdAtMillis, columns, columnsKnown, newStreams, timeToLive, pointInTimeRecovery, rollups);
  }

  /**
   * The TTL attribute while TTL is enabled, else null: the one check the write path and the
   * sweeper make.
   */
  public String ttlAttribute() {
    return timeToLive != null && timeToLive.enabled() ? timeToLive.attributeName() : null;
  }

  /** A copy with another TTL setting (UpdateTimeToLive). */
  public TableDescriptor withTimeToLive(TimeToLiveInfo ttl) {
    return new TableDescriptor(name, keyspace, keySchema, indexes, billingMode, readCapacity,
        writeCapacity, tableClass, partitions, createdAtMillis, columns, columnsKnown, streams, ttl, pointInTimeRecovery, rollups);
  }

  /** The views this table is the base of (empty for most tables): what a write must maintain. */
  public List<RollupInfo> maintainedViews() {
    if (rollups.isEmpty()) return rollups;
    return rollups.stream().filter(r -> r.base().equals(name)).toList();
  }

  /** The view this table holds the rows of, or null when it is an ordinary table. */
  public RollupInfo viewHeld() {
    for (RollupInfo r : rollups) {
      if (r.view().equals(name)) return r;
    }
    return null;
  }

  /** A copy with another list of views (CREATE / DROP MATERIALIZED VIEW). */
  public TableDescriptor withRollups(List<RollupInfo> newRollups) {
    return new TableDescriptor(name, keyspace, keySchema, indexes, billingMode, readCapacity,
        writeCapacity, tableClass, partitions, createdAtMillis, columns, columnsKnown, streams, timeToLive, pointInTimeRecovery, newRollups);
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
        writeCapacity, tableClass, partitions, createdAtMillis, columns, columnsKnown, streams, timeToLive, pointInTimeRecovery, rollups);
  }

  /** A copy with other billing settings (UpdateTable). */
  public TableDescriptor withBilling(BillingMode mode, long rcu, long wcu) {
    return new TableDescriptor(name, keyspace, keySchema, indexes, mode, rcu, wcu, tableClass,
        partitions, createdAtMillis, columns, columnsKnown, streams, timeToLive, pointInTimeRecovery, rollups);
  }

  /** A copy with another column list (DDL, sampling). */
  public TableDescriptor withColumns(List<ColumnInfo> newColumns) {
    return new TableDescriptor(name, keyspace, keySchema, indexes, billingMode, readCapacity,
        writeCapacity, tableClass, partitions, createdAtMillis, newColumns, true, streams, timeToLive, pointInTimeRecovery, rollups);
  }

  /** Whether point-in-time recovery is on: the change log then keeps the table's changes. */
  public boolean pitrEnabled() {
    return pointInTimeRecovery != null && pointInTimeRecovery.enabled();
  }

  /** A copy with another point-in-time recovery setting (UpdateContinuousBackups). */
  public TableDescriptor withPointInTimeRecovery(PointInTimeRecoveryInfo pitr) {
    return new TableDescriptor(name, keyspace, keySchema, indexes, billingMode, readCapacity,
        writeCapacity, tableClass, partitions, createdAtMillis, columns, columnsKnown, streams, timeToLive, pitr, rollups);
  }
}
