package io.dynasql.engine.backup;

import io.dynasql.engine.api.TableDescription;
import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.changelog.ChangeRecord;
import io.dynasql.engine.changelog.LogCursor;
import io.dynasql.engine.error.ResourceInUseException;
import io.dynasql.engine.model.BackupType;
import io.dynasql.engine.ops.Engine;
import io.dynasql.engine.ops.TableOperations;
import io.dynasql.engine.time.Micros;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * DeleteTable of a table with point-in-time recovery keeps a SYSTEM backup named
 * {@code <table>$DeletedTableBackup} for 35 days, from which the table can be restored as it was
 * just before the delete (API_BackupDetails.html, BackupType SYSTEM). Its items are read first,
 * in a read transaction (writers go on); the delete's own transaction then copies the table's
 * logged changes since that read, so the backup misses nothing committed before the delete.
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
    Path staging = catalog.files().staging("deleted");
    List<byte[]> changes = new ArrayList<>();
    TableDescription gone;
    Snapshot snap;
    try {
      snap = Snapshot.take(engine, name, staging.resolve(BackupFiles.ITEMS));
      gone = tables.deleteTable(name, (txn, current) -> {
        changes.clear(); // the transaction may run again
        if (current.keyspace() != snap.table().keyspace() || !current.pitrEnabled()) {
          throw new ResourceInUseException("Table " + name + " changed while its deleted-table backup was taken; delete it again");
        }
        try (LogCursor c = new LogCursor(engine.store(), txn, current.keyspace(), snap.sequence() + 1)) {
          while (c.next()) {
            ChangeRecord r = c.record();
            changes.add(new ImageChange(current.keySchema().keyOf(r.newImage() != null ? r.newImage() : r.oldImage()),
                r.newImage()).encode());
          }
        }
      });
      if (!changes.isEmpty()) {
        try (RecordFile.Writer out = new RecordFile.Writer(staging.resolve(BackupFiles.CHANGES))) {
          changes.forEach(out::add);
        }
      }
    } catch (RuntimeException e) {
      BackupFiles.deleteTree(staging);
      throw e;
    }
    long now = Micros.now(engine.clock());
    String id = BackupArns.newId(now);
    BackupMeta meta = new BackupMeta(id, BackupArns.arn(engine.region(), name, id), name + SUFFIX, BackupType.SYSTEM, name,
        now, now + KEEP_MICROS, gone.itemCount(), gone.tableSizeBytes());
    catalog.files().publish(staging, id, snap.table(), meta.toJson());
    bases.drop(t.keyspace());
    return gone;
  }
}
