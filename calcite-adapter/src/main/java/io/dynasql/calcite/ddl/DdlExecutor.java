package io.dynasql.calcite.ddl;

import io.dynasql.engine.Database;
import io.dynasql.engine.api.TableDescription;
import io.dynasql.engine.api.UpdateTableRequest;
import io.dynasql.engine.catalog.IndexDescriptor;
import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.error.ResourceInUseException;
import io.dynasql.engine.error.ResourceNotFoundException;
import io.dynasql.engine.error.ValidationException;
import io.dynasql.engine.model.IndexKind;
import java.util.Optional;

/**
 * Runs a DDL statement against a database: CreateTable, UpdateTable (create an index, with
 * backfill, or delete one; enable or disable the stream), UpdateTimeToLive, DeleteTable and the
 * backup statements ({@link BackupStatements}). Table and index names are checked first
 * ({@link InvalidNameException}, SQLState 42602); engine errors propagate unchanged. IF [NOT] EXISTS
 * is checked first and checked again when the engine refuses, so a concurrent creator or
 * dropper does not turn a no-op into an error.
 */
public final class DdlExecutor {
  private DdlExecutor() {}

  /**
   * Runs {@code statement}.
   *
   * @return the table as described after the change (a dropped table's last description), or
   *     empty when IF [NOT] EXISTS made the statement a no-op
   */
  public static Optional<TableDescription> execute(Database db, DdlStatement statement) {
    // before IF [NOT] EXISTS and the engine: a name DynamoDB refuses is an error wherever it appears
    NameRules.check(statement);
    if (statement instanceof DdlStatement.CreateTable) return createTable(db, (DdlStatement.CreateTable) statement);
    if (statement instanceof DdlStatement.CreateIndex) return createIndex(db, (DdlStatement.CreateIndex) statement);
    if (statement instanceof DdlStatement.DropTable) return dropTable(db, (DdlStatement.DropTable) statement);
    if (statement instanceof DdlStatement.SetStream s) return Optional.of(TableSettings.stream(db, s));
    if (statement instanceof DdlStatement.SetTtl s) return Optional.of(TableSettings.ttl(db, s));
    if (statement instanceof DdlStatement.CreateMaterializedView v) return ViewStatements.create(db, v);
    if (statement instanceof DdlStatement.DropMaterializedView v) return ViewStatements.drop(db, v);
    if (statement instanceof DdlStatement.RefreshMaterializedView v) return ViewStatements.refresh(db, v);
    if (statement instanceof DdlStatement.BackupTable || statement instanceof DdlStatement.RestoreFromBackup
        || statement instanceof DdlStatement.RestoreToPointInTime || statement instanceof DdlStatement.SetPointInTimeRecovery) {
      return Optional.of(BackupStatements.execute(db, statement)); // docs/backup.md
    }
    if (DdlAnswer.answers(statement)) { // the driver calls answer() for the row; here the table as described
      answer(db, statement);
      return Optional.of(db.describeTable(statement.table()));
    }
    return dropIndex(db, (DdlStatement.DropIndex) statement);
  }

  /**
   * Runs a statement that answers with a row ({@link DdlAnswer#answers}): BACKUP TABLE, EXPORT
   * TABLE or IMPORT TABLE; names checked first, engine errors unchanged.
   */
  public static DdlAnswer answer(Database db, DdlStatement statement) {
    NameRules.check(statement);
    if (statement instanceof DdlStatement.BackupTable b) return BackupStatements.backup(db, b); // docs/backup.md
    if (statement instanceof DdlStatement.ExportTable e) return ExchangeStatements.export(db, e); // docs/export-import.md
    if (statement instanceof DdlStatement.ImportTable i) return ExchangeStatements.importTable(db, i);
    throw new IllegalArgumentException(statement.getClass().getSimpleName() + " answers with an update count, not a row");
  }

  private static Optional<TableDescription> createTable(Database db, DdlStatement.CreateTable c) {
    if (c.ifNotExists() && tableExists(db, c.table())) return Optional.empty();
    try {
      return Optional.of(db.createTable(DdlRequests.createTable(c)));
    } catch (ResourceInUseException e) {
      if (c.ifNotExists() && tableExists(db, c.table())) return Optional.empty();
      throw e;
    }
  }

  private static Optional<TableDescription> createIndex(Database db, DdlStatement.CreateIndex c) {
    TableDescriptor table = db.descriptor(c.table());
    if (index(table, c.index()) != null) {
      if (c.ifNotExists()) return Optional.empty();
      // DynamoDB reports this as a ValidationException, which SQL would show as a data error (22000);
      // to SQL it is a name that exists, as for CREATE TABLE (42S01)
      throw new ResourceInUseException("Index " + c.index() + " already exists on table " + c.table());
    }
    if (c.kind() == IndexKind.LOCAL) {
      throw new ValidationException("Cannot add local index " + c.index() + " to existing table " + c.table()
          + ": DynamoDB creates local secondary indexes only with their table. Declare it in CREATE TABLE"
          + " (..., LOCAL INDEX " + c.index() + " (sort_key)), or create a global index with CREATE INDEX");
    }
    try {
      return Optional.of(db.updateTable(UpdateTableRequest.createIndex(c.table(), DdlRequests.globalIndex(c, table))));
    } catch (ValidationException e) {
      if (c.ifNotExists() && index(db.descriptor(c.table()), c.index()) != null) return Optional.empty();
      throw e;
    }
  }

  private static Optional<TableDescription> dropTable(Database db, DdlStatement.DropTable d) {
    try {
      return Optional.of(db.deleteTable(d.table()));
    } catch (ResourceNotFoundException e) {
      if (d.ifExists() && !tableExists(db, d.table())) return Optional.empty();
      throw e;
    }
  }

  private static Optional<TableDescription> dropIndex(Database db, DdlStatement.DropIndex d) {
    IndexDescriptor index = index(db.descriptor(d.table()), d.index());
    if (index == null && d.ifExists()) return Optional.empty();
    if (index != null && index.kind() == IndexKind.LOCAL) {
      throw new ValidationException("Cannot drop index " + d.index() + " of table " + d.table()
          + ": it is a local secondary index, and DynamoDB cannot delete one; it lives as long as its table"
          + " (to remove it, recreate the table without it)");
    }
    try {
      return Optional.of(db.updateTable(UpdateTableRequest.deleteIndex(d.table(), d.index())));
    } catch (ResourceNotFoundException e) {
      if (d.ifExists() && index(db.descriptor(d.table()), d.index()) == null) return Optional.empty();
      throw e;
    }
  }

  private static boolean tableExists(Database db, String table) {
    return db.descriptors().containsKey(table);
  }

  /** The index called {@code name} on {@code table}, or null. */
  private static IndexDescriptor index(TableDescriptor table, String name) {
    for (IndexDescriptor i : table.indexes()) {
      if (i.name().equals(name)) return i;
    }
    return null;
  }
}
