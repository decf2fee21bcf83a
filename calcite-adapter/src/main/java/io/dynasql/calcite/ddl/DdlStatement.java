package io.dynasql.calcite.ddl;

import io.dynasql.engine.model.IndexKind;
import io.dynasql.engine.model.KeySchema;
import io.dynasql.engine.model.StreamViewType;
import java.util.List;

/**
 * A parsed DDL statement. Names are kept exactly as written (quoted or not): they are DynamoDB
 * table, index and attribute names, which are case-sensitive.
 */
public sealed interface DdlStatement {

  /** The table the statement creates, changes or drops. */
  String table();

  /**
   * {@code CREATE TABLE [IF NOT EXISTS] table (columns, keys, local indexes) [WITH (...)]}.
   *
   * @param table table name
   * @param ifNotExists whether an existing table makes this a no-op
   * @param columns every column in declaration order, key columns included
   * @param key partition key and optional sort key, with their types from the declarations
   * @param localIndexes local secondary indexes, which DynamoDB creates only with the table
   * @param options billing and table class
   */
  record CreateTable(String table, boolean ifNotExists, List<ColumnDef> columns, KeySchema key,
      List<LocalIndexDef> localIndexes, TableOptions options) implements DdlStatement {
    public CreateTable {
      columns = List.copyOf(columns);
      localIndexes = List.copyOf(localIndexes);
    }
  }

  /**
   * {@code CREATE [GLOBAL | LOCAL] INDEX [IF NOT EXISTS] index ON table (pk [, sk]) [projection]}.
   * The key columns' types are looked up in the catalog when the statement runs.
   *
   * @param index index name
   * @param table table name
   * @param kind GLOBAL (also when neither word is written) or LOCAL
   * @param ifNotExists whether an existing index of that name makes this a no-op
   * @param keyColumns the index's partition key and optional sort key
   * @param projection what the index copies
   */
  record CreateIndex(String index, String table, IndexKind kind, boolean ifNotExists,
      List<String> keyColumns, Projection projection) implements DdlStatement {
    public CreateIndex {
      keyColumns = List.copyOf(keyColumns);
    }
  }

  /**
   * {@code DROP TABLE [IF EXISTS] table}.
   *
   * @param table table name
   * @param ifExists whether a missing table makes this a no-op
   */
  record DropTable(String table, boolean ifExists) implements DdlStatement {}

  /**
   * {@code DROP INDEX [IF EXISTS] index ON table}.
   *
   * @param index index name
   * @param table table name (DynamoDB index names are unique per table only)
   * @param ifExists whether a missing index makes this a no-op (the table must exist)
   */
  record DropIndex(String index, String table, boolean ifExists) implements DdlStatement {}

  /**
   * {@code ALTER TABLE table SET STREAM (view type)} or {@code ALTER TABLE table SET STREAM OFF}.
   *
   * @param table table name
   * @param viewType what the stream's records carry, or null for OFF
   */
  record SetStream(String table, StreamViewType viewType) implements DdlStatement {}

  /**
   * {@code ALTER TABLE table SET TTL (attribute)} or {@code ALTER TABLE table SET TTL OFF}.
   *
   * @param table table name
   * @param attribute the top-level Number attribute holding expiry times, or null for OFF
   */
  record SetTtl(String table, String attribute) implements DdlStatement {}

  // ---- backups and point-in-time recovery (docs/backup.md) ----

  /**
   * {@code BACKUP TABLE table [AS 'name']}: CreateBackup; without a name the backup is called
   * {@code <table>-<yyyyMMddHHmmss>} (UTC).
   *
   * @param table the table to back up
   * @param name the backup's name, or null for the default
   */
  record BackupTable(String table, String name) implements DdlStatement {}

  /**
   * {@code RESTORE TABLE table FROM BACKUP 'arn, id or name'}: RestoreTableFromBackup into a new table.
   *
   * @param table the new table
   * @param backup the backup's ARN, id, or name (when only one backup has it)
   */
  record RestoreFromBackup(String table, String backup) implements DdlStatement {}

  /**
   * {@code RESTORE TABLE table FROM source [AS OF TIMESTAMP 'yyyy-MM-dd HH:mm:ss' | AS OF LATEST]}:
   * RestoreTableToPointInTime into a new table; without AS OF, or with AS OF LATEST, to the
   * source's LatestRestorableDateTime.
   *
   * @param table the new table
   * @param source the table with point-in-time recovery
   * @param time the second to restore to (UTC), or null for the latest restorable time
   */
  record RestoreToPointInTime(String table, String source, java.time.Instant time) implements DdlStatement {}

  /**
   * {@code ALTER TABLE table SET POINT_IN_TIME_RECOVERY ON [(RECOVERY_PERIOD_IN_DAYS n)] | OFF}:
   * UpdateContinuousBackups.
   *
   * @param table the table
   * @param enabled ON or OFF
   * @param recoveryPeriodInDays the period (1 to 35), or null for the table's current one (35 at first)
   */
  record SetPointInTimeRecovery(String table, boolean enabled, Integer recoveryPeriodInDays) implements DdlStatement {}

  // --- export / import (DynamoDB's S3 formats, a directory standing in for the bucket) ---

  /**
   * {@code EXPORT TABLE table TO 'directory' [FORMAT DYNAMODB_JSON | ION] [AS OF TIMESTAMP 't' |
   * CHANGES FROM TIMESTAMP 't' [TO TIMESTAMP 't'] [VIEW NEW_IMAGE | NEW_AND_OLD_IMAGES]]}:
   * ExportTableToPointInTime of the table now, as it was at a past second, or of the changes in a
   * window (an incremental export).
   *
   * @param table table name
   * @param directory the directory standing in for the S3 bucket; it must exist
   * @param format the export's file format
   * @param asOf the time of a full export, or null for now
   * @param changes the window of an incremental export, or null for a full one
   */
  record ExportTable(String table, String directory, io.dynasql.engine.api.ExportFormat format, java.time.Instant asOf,
      io.dynasql.engine.api.IncrementalExportSpecification changes) implements DdlStatement {
    /** A full export of the table as it is now. */
    public ExportTable(String table, String directory, io.dynasql.engine.api.ExportFormat format) {
      this(table, directory, format, null, null);
    }
  }

  /**
   * {@code IMPORT TABLE table (columns, keys, local indexes) FROM 'path' FORMAT DYNAMODB_JSON | ION | CSV
   * [COMPRESSION GZIP | ZSTD | NONE]}: ImportTable into a new table defined as CREATE TABLE defines one.
   *
   * @param definition the new table, parsed as CREATE TABLE's body
   * @param source a file, or a directory whose files are all read
   * @param format the files' format
   * @param compression the files' compression (NONE when not written)
   */
  record ImportTable(CreateTable definition, String source, io.dynasql.engine.api.InputFormat format,
      io.dynasql.engine.api.InputCompression compression) implements DdlStatement {
    @Override
    public String table() {
      return definition.table();
    }
  }

  // ---- materialized views (maintained rollups)

  /**
   * {@code CREATE MATERIALIZED VIEW [IF NOT EXISTS] view AS SELECT ... FROM base GROUP BY ...}.
   *
   * @param table the view's name (also its table's)
   * @param base the table aggregated
   * @param ifNotExists whether an existing table of that name makes this a no-op
   * @param groupBy the grouping columns
   * @param aggregates what is kept per group
   */
  record CreateMaterializedView(String table, String base, boolean ifNotExists, List<String> groupBy,
      List<io.dynasql.engine.catalog.RollupAggregate> aggregates) implements DdlStatement {
    public CreateMaterializedView {
      groupBy = List.copyOf(groupBy);
      aggregates = List.copyOf(aggregates);
    }
  }

  /** {@code DROP MATERIALIZED VIEW [IF EXISTS] view}; {@code table} is the view's name. */
  record DropMaterializedView(String table, boolean ifExists) implements DdlStatement {}

  /** {@code REFRESH MATERIALIZED VIEW view}: rebuilt from a scan of its base; {@code table} is the view's name. */
  record RefreshMaterializedView(String table) implements DdlStatement {}
}
