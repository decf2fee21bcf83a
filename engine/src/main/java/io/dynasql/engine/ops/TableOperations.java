package io.dynasql.engine.ops;

import io.dynasql.engine.api.CreateTableRequest;
import io.dynasql.engine.api.IndexDescription;
import io.dynasql.engine.api.ListTablesResponse;
import io.dynasql.engine.api.TableDescription;
import io.dynasql.engine.catalog.IndexDescriptor;
import io.dynasql.engine.api.StreamSpecification;
import io.dynasql.engine.catalog.StreamInfo;
import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.stream.StreamArns;
import io.dynasql.engine.error.ResourceInUseException;
import io.dynasql.engine.error.ValidationException;
import io.dynasql.engine.model.IndexKind;
import io.dynasql.engine.store.Meta;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.agrona.DirectBuffer;
import org.lmdbjava.Txn;

/** CreateTable, DescribeTable, ListTables and DeleteTable. UpdateTable is in {@link IndexBuilder}. */
public final class TableOperations {
  /** DynamoDB's default quota of tables per account and region. */
  static final int MAX_TABLES = 2500;

  private final Engine engine;

  public TableOperations(Engine engine) {
    this.engine = engine;
  }

  public TableDescription createTable(CreateTableRequest r) {
    TableSchemaValidator.validate(r);
    StreamSettings.validate(r.streamSpecification(), r.tableName());
    return engine.writer().submit(txn -> {
      Map<String, TableDescriptor> tables = engine.catalog().tables(txn);
      if (tables.containsKey(r.tableName())) {
        throw new ResourceInUseException("Table already exists: " + r.tableName());
      }
      if (tables.size() >= MAX_TABLES) {
        throw new io.dynasql.engine.error.LimitExceededException(
            "Subscriber limit exceeded: tables per account (" + MAX_TABLES + ") reached; cannot create " + r.tableName());
      }
      List<IndexDescriptor> indexes = new ArrayList<>();
      r.globalSecondaryIndexes().forEach(i -> indexes.add(IndexBuilder.descriptor(engine, txn, i, IndexKind.GLOBAL)));
      r.localSecondaryIndexes().forEach(i -> indexes.add(IndexBuilder.descriptor(engine, txn, i, IndexKind.LOCAL)));
      TableDescriptor t = new TableDescriptor(r.tableName(), engine.catalog().allocateKeyspace(txn),
          r.keySchema(), indexes, r.billingMode(), r.readCapacityUnits(), r.writeCapacityUnits(),
          r.tableClass(), initialPartitions(r), engine.clock().millis(), r.columns(), !r.columns().isEmpty());
      if (r.streamSpecification() != null && r.streamSpecification().streamEnabled()) {
        t = StreamSettings.apply(engine, txn, t, r.streamSpecification());
      }
      engine.catalog().put(txn, t);
      return describe(txn, t);
    });
  }

  /** Replaces the SQL columns the catalog keeps for a table (DDL and sampling use it). */
  public TableDescription setColumns(String tableName, List<io.dynasql.engine.catalog.ColumnInfo> columns) {
    return engine.writer().submit(txn -> {
      TableDescriptor t = engine.catalog().table(txn, tableName).withColumns(columns);
      engine.catalog().put(txn, t);
      return describe(txn, t);
    });
  }

  /** The catalog entry of a table, as committed now. */
  public TableDescriptor descriptor(String tableName) {
    return engine.store().read(txn -> engine.catalog().table(txn, tableName));
  }

  /** Every table's catalog entry, as committed now, by name. */
  public Map<String, TableDescriptor> descriptors() {
    return engine.store().read(txn -> engine.catalog().tables(txn));
  }

  /** On-demand tables start with 4 partitions; provisioned ones with what their units need. */
  private static int initialPartitions(CreateTableRequest r) {
    if (r.readCapacityUnits() == 0 && r.writeCapacityUnits() == 0) return 4;
    double need = r.readCapacityUnits() / 3000.0 + r.writeCapacityUnits() / 1000.0;
    return (int) Math.max(1, Math.ceil(need));
  }

  public TableDescription describeTable(String tableName) {
    return engine.store().read(txn -> describe(txn, engine.catalog().table(txn, tableName)));
  }

  /** Describes a table with its statistics as of {@code txn}. */
  public TableDescription describe(Txn<DirectBuffer> txn, TableDescriptor t) {
    List<IndexDescription> gsis = new ArrayList<>();
    List<IndexDescription> lsis = new ArrayList<>();
    for (IndexDescriptor i : t.indexes()) {
      IndexDescription d = new IndexDescription(i.name(), i.kind(), i.keySchema(), i.projectionType(),
          i.nonKeyAttributes(), "ACTIVE", engine.meta().get(txn, Meta.countKey(i.keyspace())),
          engine.meta().get(txn, Meta.bytesKey(i.keyspace())));
      (i.kind() == IndexKind.GLOBAL ? gsis : lsis).add(d);
    }
    long bytes = engine.meta().get(txn, Meta.bytesKey(t.keyspace()));
    // A partition holds at most 10 GB: a table grows partitions as it grows.
    int partitions = (int) Math.max(t.partitions(), Math.ceil(bytes / 1e10));
    StreamInfo active = t.activeStream();
    StreamInfo latest = t.latestStream();
    return new TableDescription(t.name(), "ACTIVE", t.keySchema(), gsis, lsis,
        engine.meta().get(txn, Meta.countKey(t.keyspace())), bytes, t.billingMode(),
        t.readCapacity(), t.writeCapacity(), t.tableClass(), Instant.ofEpochMilli(t.createdAtMillis()), partitions,
        active == null ? null : StreamSpecification.enabled(active.viewType()),
        latest == null ? null : StreamArns.arn(engine.region(), t.name(), latest.label()),
        latest == null ? null : latest.label());
  }

  /** Table names in order, from after {@code exclusiveStart}, at most {@code limit} (1-100). */
  public ListTablesResponse listTables(String exclusiveStart, Integer limit) {
    int max = limit == null ? 100 : limit;
    if (max < 1 || max > 100) {
      throw new ValidationException("1 validation error detected: Value '" + max
          + "' at 'limit' failed to satisfy constraint: Member must have value between 1 and 100");
    }
    return engine.store().read(txn -> {
      List<String> names = new ArrayList<>();
      String last = null;
      for (String n : engine.catalog().tables(txn).keySet()) {
        if (exclusiveStart != null && n.compareTo(exclusiveStart) <= 0) continue;
        if (names.size() == max) {
          last = names.get(names.size() - 1);
          break;
        }
        names.add(n);
      }
      return new ListTablesResponse(names, last);
    });
  }

  public TableDescription updateTable(io.dynasql.engine.api.UpdateTableRequest r) {
    Names.checkTable(r.tableName());
    return IndexBuilder.updateTable(engine, this, r);
  }

  public TableDescription deleteTable(String tableName) {
    return deleteTable(tableName, (txn, t) -> { });
  }

  /**
   * DeleteTable, running {@code beforeDrop} in the same transaction just before the table's items
   * and change log go (the deleted-table backup reads the last changes there). It may run again
   * if the transaction is redone.
   */
  public TableDescription deleteTable(String tableName,
      java.util.function.BiConsumer<Txn<DirectBuffer>, TableDescriptor> beforeDrop) {
    return engine.writer().submit(txn -> {
      TableDescriptor t = engine.catalog().table(txn, tableName);
      io.dynasql.engine.rollup.RollupOperations.checkDeletable(t);
      TableDescription before = describe(txn, t);
      beforeDrop.accept(txn, t);
      IndexBuilder.dropKeyspace(engine, txn, t.keyspace());
      for (IndexDescriptor i : t.indexes()) IndexBuilder.dropKeyspace(engine, txn, i.keyspace());
      if (!t.streams().isEmpty() || t.pointInTimeRecovery() != null) engine.changes().drop(txn, t.keyspace());
      if (t.pointInTimeRecovery() != null) io.dynasql.engine.changelog.RetentionFloor.delete(engine.store(), txn, t.keyspace());
      engine.catalog().remove(txn, tableName);
      return new TableDescription(before.tableName(), "DELETING", before.keySchema(),
          before.globalSecondaryIndexes(), before.localSecondaryIndexes(), before.itemCount(),
          before.tableSizeBytes(), before.billingMode(), before.readCapacityUnits(),
          before.writeCapacityUnits(), before.tableClass(), before.creationDateTime(), before.partitions(),
          before.streamSpecification(), before.latestStreamArn(), before.latestStreamLabel());
    });
  }
}
