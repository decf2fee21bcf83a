package io.dynasql.engine.backup;

import io.dynasql.engine.api.RestoreTableFromBackupRequest;
import io.dynasql.engine.api.TableDescription;
import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.codec.ItemCodec;
import io.dynasql.engine.ops.Engine;
import io.dynasql.engine.ops.Names;
import io.dynasql.engine.ops.TableOperations;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * RestoreTableFromBackup (APIReference/API_RestoreTableFromBackup.html): a new table with a
 * backup's items (and, for a deleted table's backup, the last changes over them), its indexes
 * rebuilt as the items are written. One writer transaction: the table appears complete or not at
 * all.
 */
public final class BackupRestore {
  private final Engine engine;
  private final BackupCatalog catalog;

  public BackupRestore(Engine engine, BackupOperations backups) {
    this.engine = engine;
    this.catalog = backups.catalog();
  }

  public TableDescription restore(RestoreTableFromBackupRequest r) {
    Names.checkTable(r.targetTableName());
    return restore(catalog.byArn(r.backupArn()), r);
  }

  /** The same, naming the backup by ARN, id or unique name (SQL and the command line). */
  public TableDescription restoreByReference(String reference, RestoreTableFromBackupRequest r) {
    Names.checkTable(r.targetTableName());
    return restore(catalog.byReference(reference), r);
  }

  private TableDescription restore(BackupFiles.Stored backup, RestoreTableFromBackupRequest r) {
    TableDescriptor source = BackupFiles.table(backup.dir());
    RestoreTarget.check(source, r.targetTableName(), r.indexes());
    Path changes = backup.dir().resolve(BackupFiles.CHANGES);
    // a damaged file is found here, before the writer (and every other write) waits on it
    RecordFile.verify(backup.dir().resolve(BackupFiles.ITEMS));
    if (Files.exists(changes)) RecordFile.verify(changes);
    return engine.writer().submit(txn -> {
      RestoreTarget target = RestoreTarget.create(engine, txn, source, r.targetTableName(), r.indexes());
      RecordFile.read(backup.dir().resolve(BackupFiles.ITEMS), bytes -> target.add(ItemCodec.decode(bytes)));
      if (Files.exists(changes)) RecordFile.read(changes, bytes -> target.apply(ImageChange.decode(bytes)));
      return new TableOperations(engine).describe(txn, target.table());
    });
  }
}
