package io.dynasql.engine.api;

import io.dynasql.engine.model.BackupTypeFilter;
import java.time.Instant;

/**
 * ListBackups (API_ListBackups.html). Every filter is optional (null).
 *
 * @param tableName only backups of this table
 * @param timeRangeLowerBound only backups created at or after this time (inclusive)
 * @param timeRangeUpperBound only backups created before this time (exclusive)
 * @param backupType USER, SYSTEM or ALL (the default)
 * @param limit at most this many, 1 to 100 (default 100)
 * @param exclusiveStartBackupArn the previous page's LastEvaluatedBackupArn
 */
public record ListBackupsRequest(String tableName, Instant timeRangeLowerBound, Instant timeRangeUpperBound,
    BackupTypeFilter backupType, Integer limit, String exclusiveStartBackupArn) {
  public ListBackupsRequest {
    backupType = backupType == null ? BackupTypeFilter.ALL : backupType;
  }

  /** Every backup of every table. */
  public static ListBackupsRequest all() {
    return new ListBackupsRequest(null, null, null, null, null, null);
  }

  /** Every backup of {@code table}. */
  public static ListBackupsRequest of(String table) {
    return new ListBackupsRequest(table, null, null, null, null, null);
  }
}
