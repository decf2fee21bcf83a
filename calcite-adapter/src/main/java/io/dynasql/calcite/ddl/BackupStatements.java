package io.dynasql.calcite.ddl;

import io.dynasql.engine.Database;
import io.dynasql.engine.api.CreateBackupRequest;
import io.dynasql.engine.api.IndexSelection;
import io.dynasql.engine.api.PointInTimeRecoverySpecification;
import io.dynasql.engine.api.RestoreTableFromBackupRequest;
import io.dynasql.engine.api.RestoreTableToPointInTimeRequest;
import io.dynasql.engine.api.TableDescription;
import io.dynasql.engine.api.UpdateContinuousBackupsRequest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Runs the backup statements on the engine: BACKUP TABLE (CreateBackup), RESTORE TABLE ... FROM
 * BACKUP (RestoreTableFromBackup), RESTORE TABLE ... FROM table (RestoreTableToPointInTime) and
 * SET POINT_IN_TIME_RECOVERY (UpdateContinuousBackups). Engine errors propagate and the driver
 * maps them: a missing table or backup 42S02, an existing target 42S01, a bad period or time 22000.
 */
final class BackupStatements {
  private static final DateTimeFormatter DEFAULT_NAME = DateTimeFormatter.ofPattern("uuuuMMddHHmmss", Locale.ROOT)
      .withZone(ZoneOffset.UTC);

  private BackupStatements() {}

  /**
   * BACKUP TABLE: CreateBackup, answered with its BackupDetails and, from DescribeBackup, the table
   * backed up and its item count (what RESTORE TABLE ... FROM BACKUP needs is the ARN or name).
   */
  static DdlAnswer backup(Database db, DdlStatement.BackupTable b) {
    String name = b.name() != null ? b.name() : b.table() + "-" + DEFAULT_NAME.format(Instant.now(db.clock()));
    io.dynasql.engine.api.BackupDetails d = db.createBackup(new CreateBackupRequest(b.table(), name));
    io.dynasql.engine.api.SourceTableDetails source = db.describeBackup(d.backupArn()).sourceTableDetails();
    // the columns of sys.backups, in its order, then the item count DescribeBackup has
    String arn = d.backupArn();
    return new DdlAnswer.Builder().text("backup_arn", arn).text("backup_id", arn.substring(arn.lastIndexOf('/') + 1))
        .text("backup_name", d.backupName()).text("table_name", source.tableName()).text("backup_type", d.backupType())
        .text("backup_status", d.backupStatus()).time("created_at", d.backupCreationDateTime())
        .count("size_bytes", d.backupSizeBytes()).count("item_count", source.itemCount()).build();
  }

  /** The table the statement leaves as it describes it (the backed-up, restored or changed table). */
  static TableDescription execute(Database db, DdlStatement s) {
    if (s instanceof DdlStatement.BackupTable b) {
      backup(db, b);
      return db.describeTable(b.table());
    }
    if (s instanceof DdlStatement.RestoreFromBackup r) {
      return db.restoreTableFromBackup(r.backup(), new RestoreTableFromBackupRequest(r.table(), null, IndexSelection.all()));
    }
    if (s instanceof DdlStatement.RestoreToPointInTime r) {
      return db.restoreTableToPointInTime(new RestoreTableToPointInTimeRequest(r.source(), r.table(), r.time(),
          r.time() == null, IndexSelection.all()));
    }
    DdlStatement.SetPointInTimeRecovery p = (DdlStatement.SetPointInTimeRecovery) s;
    db.updateContinuousBackups(new UpdateContinuousBackupsRequest(p.table(),
        new PointInTimeRecoverySpecification(p.enabled(), p.recoveryPeriodInDays())));
    return db.describeTable(p.table());
  }
}
