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

  /** The table the statement leaves as it describes it (the backed-up, restored or changed table). */
  static TableDescription execute(Database db, DdlStatement s) {
    if (s instanceof DdlStatement.BackupTable b) {
      String name = b.name() != null ? b.name() : b.table() + "-" + DEFAULT_NAME.format(Instant.now(db.clock()));
      db.createBackup(new CreateBackupRequest(b.table(), name));
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
