package io.dynasql.engine.backup;

import io.dynasql.engine.api.TableDescription;
import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.changelog.ChangeRecord;
import io.dynasql.engine.changelog.LogCursor;
import io.dynasql.engine.error.InternalServerError;
import io.dynasql.engine.error.ResourceInUseException;
import io.dynasql.engine.model.BackupType;
import io.dynasql.engine.ops.Engine;
import io.dynasql.engine.ops.TableOperations;
import io.dynasql.engine.time.Micros;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * DeleteTable of a table with point-in-time recovery keeps a SYSTEM backup named
 * {@code <table>$DeletedTableBackup} for 35 days, from which the table can be restored as it was
 * just before the delete (API_BackupDetails.html, BackupType SYSTEM). Its items are read first,
 * in a read transaction (writers go on); the delete's own transaction then copies the table's
 * logged changes since that read and publishes the backup before it commits, so a crash never
 * loses the table without its backup (at worst, a crash just before the commit leaves a backup of
 * a table that still exists).
 */
public final class DeletedTableBackups {
  /** SYSTEM backups are kept this long. */
  static final long KEEP_MICROS = 35 * 24 * Micros.HOUR;
  /** The suffix DynamoDB gives the backup's name. */
  public static final String SUFFIX = "$DeletedTableBackup";

  private final Engine engine;
  private final TableOperations tables;
  private final BackupCatalog catalog;
  private final RecoveryBases bases;

  public DeletedTableBackups(Engine engine, TableOperations tables, BackupOperations backups, RecoveryBases bases) {
    this.engine = engine;
    this.tables = tables;
    this.catalog = backups.catalog();
    this.bases = bases;
  }

  /** DeleteTable, with the SYSTEM backup when the table has point-in-time recovery on. */
  public TableDescription deleteTable(String name) {
    TableDescriptor t = tables.descriptor(name);
    if (!t.pitrEnabled()) return tables.deleteTable(name);
    long now = Micros.now(engine.clock());
    String id = BackupArns.newId(now);
    Path staging = catalog.files().staging("deleted");
    Path published = catalog.files().root().resolve(id);
    TableDescription gone;
    try {
      Snapshot snap = Snapshot.take(engine, name, staging.resolve(BackupFiles.ITEMS));
      gone = tables.deleteTable(name, (txn, current) -> {
        if (current.keyspace() != snap.table().keyspace() || !current.pitrEnabled()) {
          throw new ResourceInUseException("Table " + name + " changed while its deleted-table backup was taken; delete it again");
        }
        Path dir = Files.exists(published) ? published : staging; // the transaction may run again
        try (LogCursor c = new LogCursor(engine.store(), txn, current.keyspace(), snap.sequence() + 1);
            RecordFile.Writer out = new RecordFile.Writer(dir.resolve(BackupFiles.CHANGES + ".new"))) {
          while (c.next()) {
            ChangeRecord r = c.record();
            out.add(new ImageChange(current.keySchema().keyOf(r.newImage() != null ? r.newImage() : r.oldImage()),
                r.newImage()).encode());
          }
        }
        replace(dir.resolve(BackupFiles.CHANGES + ".new"), dir.resolve(BackupFiles.CHANGES));
        TableDescription last = tables.describe(txn, current);
        BackupMeta meta = new BackupMeta(id, BackupArns.arn(engine.region(), name, id), name + SUFFIX, BackupType.SYSTEM, name,
            now, now + KEEP_MICROS, last.itemCount(), last.tableSizeBytes());
        if (dir == staging) catalog.files().publish(staging, id, snap.table(), meta.toJson());
      });
    } catch (RuntimeException e) {
      BackupFiles.deleteTree(staging);
      BackupFiles.deleteTree(published); // the delete did not commit: the table is still there
      throw e;
    }
    bases.drop(t.keyspace());
    return gone;
  }

  private static void replace(Path from, Path to) {
    try {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new InternalServerError("Cannot write the deleted-table backup's changes " + to + ": " + e.getMessage(), e);
    }
  }
}
