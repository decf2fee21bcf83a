package io.dynasql.engine.backup;

import io.dynasql.engine.ops.Engine;
import io.dynasql.engine.ops.TableOperations;

/**
 * The pieces behind backups and point-in-time recovery, wired once: they share the recovery
 * bases and the backup store, so {@link io.dynasql.engine.Database} holds them as one.
 *
 * @param bases each PITR table's recovery base, taken in the background when the log asks
 * @param backups CreateBackup, DescribeBackup, ListBackups, DeleteBackup
 * @param restore RestoreTableFromBackup
 * @param continuous UpdateContinuousBackups and DescribeContinuousBackups
 * @param pointInTime RestoreTableToPointInTime
 * @param deletedTables DeleteTable, keeping a SYSTEM backup of a PITR table
 */
public record BackupServices(RecoveryBases bases, BackupOperations backups, BackupRestore restore,
    ContinuousBackups continuous, PointInTimeRestore pointInTime, DeletedTableBackups deletedTables) {

  /** The services over {@code engine}, deleting tables through {@code tables}. */
  public static BackupServices over(Engine engine, TableOperations tables) {
    RecoveryBases bases = new RecoveryBases(engine);
    BackupOperations backups = new BackupOperations(engine, bases);
    ContinuousBackups continuous = new ContinuousBackups(engine, bases);
    return new BackupServices(bases, backups, new BackupRestore(engine, backups), continuous,
        new PointInTimeRestore(engine, bases, continuous), new DeletedTableBackups(engine, tables, backups, bases));
  }
}
