package io.dynasql.calcite.sys;

import io.dynasql.engine.Database;
import io.dynasql.engine.api.BackupDetails;
import io.dynasql.engine.api.BackupSummary;
import io.dynasql.engine.api.ListBackupsRequest;
import io.dynasql.engine.api.ListBackupsResponse;
import java.util.ArrayList;
import java.util.List;

/** The rows of {@code sys.backups}: every backup ListBackups shows, oldest first, read page by page. */
final class BackupRows {
  private BackupRows() {}

  static List<Object[]> of(Database db) {
    List<Object[]> out = new ArrayList<>();
    String start = null;
    do {
      ListBackupsResponse page = db.listBackups(new ListBackupsRequest(null, null, null, null, 100, start));
      for (BackupSummary s : page.backupSummaries()) {
        BackupDetails d = s.backupDetails();
        String arn = d.backupArn();
        out.add(new Object[] {arn, arn.substring(arn.lastIndexOf('/') + 1), d.backupName(), s.tableName(),
            d.backupType().name(), d.backupStatus().name(), d.backupCreationDateTime().toEpochMilli(),
            d.backupExpiryDateTime() == null ? null : d.backupExpiryDateTime().toEpochMilli(), d.backupSizeBytes()});
      }
      start = page.lastEvaluatedBackupArn();
    } while (start != null);
    return out;
  }
}
