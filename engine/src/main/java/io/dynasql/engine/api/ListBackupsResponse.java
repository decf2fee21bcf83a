package io.dynasql.engine.api;

import java.util.List;

/**
 * ListBackups' answer: backups oldest first, and where the next page starts.
 *
 * @param backupSummaries this page's backups
 * @param lastEvaluatedBackupArn the ARN to pass as ExclusiveStartBackupArn for the next page, or
 *     null when this page is the last
 */
public record ListBackupsResponse(List<BackupSummary> backupSummaries, String lastEvaluatedBackupArn) {
  public ListBackupsResponse {
    backupSummaries = List.copyOf(backupSummaries);
  }
}
