package io.dynasql.engine.api;

/**
 * RestoreTableFromBackup (API_RestoreTableFromBackup.html): a new table with a backup's items.
 *
 * @param targetTableName the new table's name; no table of that name may exist
 * @param backupArn the backup's ARN
 * @param indexes which of the backed-up table's indexes the new table gets (rebuilt from the items)
 */
public record RestoreTableFromBackupRequest(String targetTableName, String backupArn, IndexSelection indexes) {
  public RestoreTableFromBackupRequest {
    indexes = indexes == null ? IndexSelection.all() : indexes;
  }

  /** A restore with every index. */
  public static RestoreTableFromBackupRequest of(String targetTableName, String backupArn) {
    return new RestoreTableFromBackupRequest(targetTableName, backupArn, IndexSelection.all());
  }
}
