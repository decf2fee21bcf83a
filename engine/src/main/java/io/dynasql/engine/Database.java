package io.dynasql.engine;

import io.dynasql.engine.api.BatchGetItemResponse;
import io.dynasql.engine.api.BatchWriteItemResponse;
import io.dynasql.engine.api.CreateTableRequest;
import io.dynasql.engine.api.DeleteItemRequest;
import io.dynasql.engine.api.DescribeStreamRequest;
import io.dynasql.engine.api.GetItemRequest;
import io.dynasql.engine.api.GetRecordsRequest;
import io.dynasql.engine.api.GetRecordsResponse;
import io.dynasql.engine.api.GetShardIteratorRequest;
import io.dynasql.engine.api.GetShardIteratorResponse;
import io.dynasql.engine.api.ItemResponse;
import io.dynasql.engine.api.ItemSink;
import io.dynasql.engine.api.KeysAndAttributes;
import io.dynasql.engine.api.ListStreamsRequest;
import io.dynasql.engine.api.ListStreamsResponse;
import io.dynasql.engine.api.ListTablesResponse;
import io.dynasql.engine.api.PageResponse;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.api.QueryRequest;
import io.dynasql.engine.api.ScanRequest;
import io.dynasql.engine.api.StreamDescription;
import io.dynasql.engine.api.SweepReport;
import io.dynasql.engine.api.TableDescription;
import io.dynasql.engine.api.TimeToLiveDescription;
import io.dynasql.engine.api.TransactGet;
import io.dynasql.engine.api.TransactGetItemsResponse;
import io.dynasql.engine.api.TransactWriteItemsRequest;
import io.dynasql.engine.api.TransactWriteItemsResponse;
import io.dynasql.engine.api.UpdateItemRequest;
import io.dynasql.engine.api.UpdateTableRequest;
import io.dynasql.engine.api.UpdateTimeToLiveRequest;
import io.dynasql.engine.api.UpdateTimeToLiveResponse;
import io.dynasql.engine.api.WriteRequest;
import io.dynasql.engine.catalog.ColumnInfo;
import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.ops.BatchOperations;
import io.dynasql.engine.ops.Engine;
import io.dynasql.engine.ops.ItemOperations;
import io.dynasql.engine.ops.ReadOperations;
import io.dynasql.engine.ops.TableOperations;
import io.dynasql.engine.ops.TimeToLiveOperations;
import io.dynasql.engine.ops.TransactionOperations;
import io.dynasql.engine.store.LmdbStore;
import io.dynasql.engine.stream.StreamOperations;
import io.dynasql.engine.stream.StreamReader;
import io.dynasql.engine.ttl.BackgroundSweeper;
import io.dynasql.engine.ttl.Sweeper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An open dynasql database: DynamoDB's operations over one LMDB directory. Thread-safe; open one
 * per directory per process and share it. Errors are {@link io.dynasql.engine.error.DynamoException}s.
 */
public final class Database implements AutoCloseable {
  private final Engine engine;
  private final TableOperations tables;
  private final ItemOperations items;
  private final ReadOperations reads;
  private final BatchOperations batches;
  private final TransactionOperations transactions;
  private final StatementWrites statementWrites;
  private final StreamOperations streams;
  private final StreamReader streamReader;
  private final TimeToLiveOperations ttl;
  private final Sweeper sweeper;
  /**
   * The background sweeper, started once a table has TTL; null for a TtlPolicy without
   * background or a read-only database.
   */
  private final BackgroundSweeper sweeperThread;
  private final Runnable onClose;
  private boolean closed;
  /** Backups and point-in-time recovery (docs/backup.md). */
  private final io.dynasql.engine.backup.BackupServices backup;
  // --- export / import (exchange) ---
  private final io.dynasql.engine.exchange.Exports exports;
  private final io.dynasql.engine.exchange.Imports imports;
  private final io.dynasql.engine.rollup.RollupServices rollups;

  private Database(LmdbStore store, DatabaseOptions options, Runnable onClose) {
    this.engine = Engine.over(store, options.clock(), options.region());
    this.tables = new TableOperations(engine);
    this.items = new ItemOperations(engine);
    this.reads = new ReadOperations(engine);
    this.batches = new BatchOperations(engine);
    this.transactions = new TransactionOperations(engine);
    this.statementWrites = new StatementWrites(transactions);
    this.streams = new StreamOperations(engine);
    this.streamReader = new StreamReader(engine);
    this.ttl = new TimeToLiveOperations(engine);
    this.sweeper = new Sweeper(engine);
    this.sweeperThread = options.ttl().background() && !options.readOnly()
        ? new BackgroundSweeper(sweeper, engine, options.ttl().delay(), String.valueOf(store.directory().getFileName()))
        : null;
    this.onClose = onClose;
    this.backup = io.dynasql.engine.backup.BackupServices.over(engine, tables);
    this.exports = new io.dynasql.engine.exchange.Exports(engine);
    this.imports = new io.dynasql.engine.exchange.Imports(engine, tables);
    this.rollups = io.dynasql.engine.rollup.RollupServices.over(engine);
  }

  /** Opens (creating if absent) the database in {@code directory}, durable by default. */
  public static Database open(Path directory) {
    return open(directory, DatabaseOptions.DEFAULT);
  }

  public static Database open(Path directory, DatabaseOptions options) {
    if (options.readOnly()) {
      return new Database(LmdbStore.openReadOnly(directory, options.initialMapSize()), options, () -> { });
    }
    return new Database(LmdbStore.open(directory, options.initialMapSize(), options.sync()), options, () -> { });
  }

  /** A database in a fresh temporary directory, deleted when closed. */
  public static Database temporary() {
    return temporary(java.time.Clock.systemUTC());
  }

  /** A temporary database whose time rules read {@code clock} (a simulated clock in tests). */
  public static Database temporary(java.time.Clock clock) {
    return temporary(new DatabaseOptions(64L << 20, false).withClock(clock));
  }

  /** A temporary database opened with {@code options} (its directory is a fresh temporary one). */
  public static Database temporary(DatabaseOptions options) {
    Path dir = TempDirectories.create();
    return new Database(LmdbStore.open(dir, options.initialMapSize(), false), options, () -> TempDirectories.delete(dir));
  }

  /** The directory holding the data. */
  public Path directory() { return engine.store().directory(); }

  public TableDescription createTable(CreateTableRequest r) { return tables.createTable(r); }

  public TableDescription describeTable(String tableName) { return tables.describeTable(tableName); }

  public ListTablesResponse listTables(String exclusiveStartTableName, Integer limit) {
    return tables.listTables(exclusiveStartTableName, limit);
  }

  public TableDescription updateTable(UpdateTableRequest r) { return tables.updateTable(r); }

  /** DeleteTable; a table with point-in-time recovery leaves a SYSTEM backup {@code <table>$DeletedTableBackup}. */
  public TableDescription deleteTable(String tableName) { return backup.deletedTables().deleteTable(tableName); }

  /** The catalog entry of a table (key schema, indexes, SQL columns); never reads items. */
  public TableDescriptor descriptor(String tableName) { return tables.descriptor(tableName); }

  /** Every table's catalog entry by name; never reads items. */
  public Map<String, TableDescriptor> descriptors() { return tables.descriptors(); }

  /** Replaces the SQL columns remembered for a table (DDL, sampling). */
  public TableDescription setColumns(String tableName, List<ColumnInfo> columns) {
    return tables.setColumns(tableName, columns);
  }

  public ItemResponse getItem(GetItemRequest r) { return items.getItem(r); }

  public ItemResponse putItem(PutItemRequest r) { return items.putItem(r); }

  public ItemResponse updateItem(UpdateItemRequest r) { return items.updateItem(r); }

  public ItemResponse deleteItem(DeleteItemRequest r) { return items.deleteItem(r); }

  public PageResponse query(QueryRequest r) { return reads.query(r, null); }

  /**
   * A Query page whose items go to {@code sink} as they are read, in a map it reuses ({@link ItemSink});
   * the response counts and prices them as {@link #query(QueryRequest)} does and lists none.
   */
  public PageResponse query(QueryRequest r, ItemSink sink) { return reads.query(r, Objects.requireNonNull(sink, "sink")); }

  public PageResponse scan(ScanRequest r) { return scanned(r, reads.scan(r, null)); }

  /** A Scan page whose items go to {@code sink} as they are read, as {@link #query(QueryRequest, ItemSink)} says. */
  public PageResponse scan(ScanRequest r, ItemSink sink) { return scanned(r, reads.scan(r, Objects.requireNonNull(sink, "sink"))); }

  /** A page of Scan {@code r}, once the rollups have counted the scan. */
  private PageResponse scanned(ScanRequest r, PageResponse page) {
    rollups.activity().scanning(r);
    return page;
  }

  public BatchGetItemResponse batchGetItem(Map<String, KeysAndAttributes> requestItems) {
    return batches.batchGetItem(requestItems);
  }

  /** BatchGetItem that records each key read and its version in {@code readSet} (the SQL layer's). */
  public BatchGetItemResponse batchGetItem(Map<String, KeysAndAttributes> requestItems, io.dynasql.engine.api.ReadSet readSet) {
    return batches.batchGetItem(requestItems, readSet);
  }

  public BatchWriteItemResponse batchWriteItem(Map<String, List<WriteRequest>> requestItems) {
    return batches.batchWriteItem(requestItems);
  }

  public TransactGetItemsResponse transactGetItems(List<TransactGet> gets) {
    return transactions.transactGetItems(gets);
  }

  public TransactWriteItemsResponse transactWriteItems(TransactWriteItemsRequest r) {
    return transactions.transactWriteItems(r);
  }

  /** The writes of SQL statements, which are not DynamoDB operations ({@link StatementWrites}). */
  public StatementWrites statementWrites() { return statementWrites; }

  /** DynamoDB Streams' ListStreams: the streams of one table or of all, enabled or ended within 24 hours. */
  public ListStreamsResponse listStreams(ListStreamsRequest r) { return streams.listStreams(r); }

  /** DynamoDB Streams' DescribeStream: a stream's status, view type and shards. */
  public StreamDescription describeStream(DescribeStreamRequest r) { return streams.describeStream(r); }

  /** DynamoDB Streams' GetShardIterator: where to start reading a shard; valid for 15 minutes. */
  public GetShardIteratorResponse getShardIterator(GetShardIteratorRequest r) { return streams.getShardIterator(r); }

  /** DynamoDB Streams' GetRecords: up to 1,000 records or 1 MB from a shard iterator. */
  public GetRecordsResponse getRecords(GetRecordsRequest r) { return streamReader.getRecords(r); }

  /** UpdateTimeToLive: turns TTL on (naming the expiry attribute) or off for a table. */
  public UpdateTimeToLiveResponse updateTimeToLive(UpdateTimeToLiveRequest r) { return ttl.updateTimeToLive(r); }

  /** DescribeTimeToLive: whether TTL is on for a table, and on which attribute. */
  public TimeToLiveDescription describeTimeToLive(String tableName) { return ttl.describeTimeToLive(tableName); }

  /**
   * Not a DynamoDB operation: deletes now every item of every table with TTL that has expired by
   * the clock, reading each table to its end; what the background sweeper does on its schedule.
   */
  public SweepReport sweepExpiredItems() { return sweeper.sweep(); }

  /**
   * Not a DynamoDB operation: waits (real time, at most {@code timeout}) until the background
   * sweeper has finished a sweep that began at or after {@code from} by the clock; false on
   * timeout. The sweeper starts only once some table has TTL enabled, so before that this waits
   * for UpdateTimeToLive (from another thread) or times out. Tests advance a simulated clock and
   * call this instead of sleeping.
   *
   * @throws IllegalStateException when the database has no background sweeper
   */
  public boolean awaitBackgroundSweep(java.time.Instant from, java.time.Duration timeout) {
    if (sweeperThread == null) {
      throw new IllegalStateException("Database " + directory() + " has no background TTL sweeper (TtlPolicy "
          + "without background, or opened read-only)");
    }
    return sweeperThread.awaitSweepFrom(from, timeout);
  }

  // ---- backups and point-in-time recovery (docs/backup.md) ----

  /** The clock every time rule of this database reads (the SQL layer names backups by it). */
  public java.time.Clock clock() { return engine.clock(); }

  /** CreateBackup: a full copy of one table's items, taken without blocking writers. */
  public io.dynasql.engine.api.BackupDetails createBackup(io.dynasql.engine.api.CreateBackupRequest r) {
    return backup.backups().createBackup(r);
  }

  /** DescribeBackup: a backup and the table it holds. */
  public io.dynasql.engine.api.BackupDescription describeBackup(String backupArn) { return backup.backups().describeBackup(backupArn); }

  /** Not a DynamoDB operation: DescribeBackup by ARN, id or (unique) name, for SQL and the command line. */
  public io.dynasql.engine.api.BackupDescription describeBackupByReference(String reference) {
    return backup.backups().describeBackupByReference(reference);
  }

  /** ListBackups: backups oldest first, filtered by table, creation time and type. */
  public io.dynasql.engine.api.ListBackupsResponse listBackups(io.dynasql.engine.api.ListBackupsRequest r) {
    return backup.backups().listBackups(r);
  }

  /** DeleteBackup. */
  public io.dynasql.engine.api.BackupDescription deleteBackup(String backupArn) { return backup.backups().deleteBackup(backupArn); }

  /** RestoreTableFromBackup: a new table with the backup's items and indexes. */
  public TableDescription restoreTableFromBackup(io.dynasql.engine.api.RestoreTableFromBackupRequest r) {
    return backup.restore().restore(r);
  }

  /** Not a DynamoDB operation: RestoreTableFromBackup naming the backup by ARN, id or (unique) name. */
  public TableDescription restoreTableFromBackup(String backupReference, io.dynasql.engine.api.RestoreTableFromBackupRequest r) {
    return backup.restore().restoreByReference(backupReference, r);
  }

  /** UpdateContinuousBackups: point-in-time recovery on (1-35 days, default 35) or off. */
  public io.dynasql.engine.api.ContinuousBackupsDescription updateContinuousBackups(
      io.dynasql.engine.api.UpdateContinuousBackupsRequest r) {
    return backup.continuous().update(r);
  }

  /** DescribeContinuousBackups: the point-in-time recovery status and restorable window. */
  public io.dynasql.engine.api.ContinuousBackupsDescription describeContinuousBackups(String tableName) {
    return backup.continuous().describe(tableName);
  }

  /** RestoreTableToPointInTime: a new table with the source's items as they were at a second of its window. */
  public TableDescription restoreTableToPointInTime(io.dynasql.engine.api.RestoreTableToPointInTimeRequest r) {
    return backup.pointInTime().restore(r);
  }

  /**
   * Not a DynamoDB operation: takes a new recovery base for every table with point-in-time
   * recovery whose base is older than {@code maxAge} by the clock, so restores replay less of the
   * change log and the log can trim; returns how many were taken.
   */
  public int refreshRecoveryBases(java.time.Duration maxAge) {
    return backup.bases().refresh(maxAge.toNanos() / 1000);
  }

  /**
   * Not a DynamoDB operation: waits (real time, at most {@code timeout}) until the recovery bases
   * the change log asked for in the background are taken; false on timeout. Tests call it instead
   * of sleeping.
   */
  public boolean awaitRecoveryBases(java.time.Duration timeout) { return backup.bases().awaitBackground(timeout); }
  // ---- materialized views (maintained rollups): not DynamoDB operations

  /**
   * How often {@code tableName} was written and scanned whole over the last 24 hours (or since the
   * database opened), by this process and the engine's clock: what EXPLAIN weighs a suggested
   * materialized view with. Not a DynamoDB operation.
   */
  public io.dynasql.engine.api.ObservedRates observedRates(String tableName) { return rollups.activity().of(tableName); }

  /**
   * Creates a materialized view: a table of its own named {@code r.viewName()}, one item per group
   * of the base table's items, built now from a scan and kept exact in every later write's
   * transaction. Refused (nothing changed) when the name is taken, the base is missing or a view.
   */
  public io.dynasql.engine.catalog.RollupInfo createMaterializedView(io.dynasql.engine.api.CreateMaterializedViewRequest r) {
    return rollups.views().create(r);
  }

  /** Rebuilds a materialized view from a scan of its base table; returns its number of groups. */
  public int refreshMaterializedView(String viewName) { return rollups.views().refresh(viewName); }

  /** Drops a materialized view and its table. */
  public io.dynasql.engine.catalog.RollupInfo dropMaterializedView(String viewName) { return rollups.views().drop(viewName); }

  /** The materialized views kept over {@code tableName}; never reads items. */
  public List<io.dynasql.engine.catalog.RollupInfo> materializedViews(String tableName) {
    return rollups.views().viewsOf(tableName);
  }

  /**
   * Not a DynamoDB operation: whether the background TTL sweeper thread runs (it starts when a
   * table has TTL enabled, at open or by UpdateTimeToLive).
   */
  public boolean backgroundSweeperStarted() { return sweeperThread != null && sweeperThread.started(); }

  // --- export / import (exchange): DynamoDB's S3 formats, a directory standing in for the bucket ---

  /** ExportTableToPointInTime: a full export (now or at a past time) or an incremental one; runs to its end. */
  public io.dynasql.engine.api.ExportDescription exportTableToPointInTime(io.dynasql.engine.api.ExportTableRequest r) {
    return exports.exportTable(r);
  }

  /** DescribeExport: an export of this database, by ARN. */
  public io.dynasql.engine.api.ExportDescription describeExport(String exportArn) { return exports.describeExport(exportArn); }

  /** ListExports: the exports of one table (all when null), oldest first. */
  public List<io.dynasql.engine.api.ExportDescription> listExports(String tableName) { return exports.listExports(tableName); }

  /** ImportTable: creates a new table from DynamoDB JSON, Ion or CSV files, bulk-loaded; runs to its end. */
  public io.dynasql.engine.api.ImportDescription importTable(io.dynasql.engine.api.ImportTableRequest r) {
    return imports.importTable(r);
  }

  /** DescribeImport: an import into this database, by ARN. */
  public io.dynasql.engine.api.ImportDescription describeImport(String importArn) { return imports.describeImport(importArn); }

  /** ListImports: the imports into one table (all when null), oldest first. */
  public List<io.dynasql.engine.api.ImportDescription> listImports(String tableName) { return imports.listImports(tableName); }

  /** Whether {@link #close()} was called. */
  public synchronized boolean isClosed() {
    return closed;
  }

  @Override
  public synchronized void close() {
    if (closed) return;
    closed = true;
    sweeper.stop();
    if (sweeperThread != null) sweeperThread.close();
    backup.bases().close(); // before the writer: a base being taken still commits its floor
    engine.writer().close();
    engine.store().close();
    onClose.run();
  }
}
