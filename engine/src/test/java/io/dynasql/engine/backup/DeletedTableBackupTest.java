package io.dynasql.engine.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.dynasql.engine.api.BackupDetails;
import io.dynasql.engine.api.BackupSummary;
import io.dynasql.engine.api.ListBackupsRequest;
import io.dynasql.engine.api.RestoreTableFromBackupRequest;
import io.dynasql.engine.model.BackupType;
import io.dynasql.engine.model.BackupTypeFilter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deleting a table with point-in-time recovery keeps a SYSTEM backup named
 * {@code <table>$DeletedTableBackup} for 35 days, from which the table restores as it was just
 * before the delete: https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BackupDetails.html
 * (BackupType SYSTEM) and https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/PointInTimeRecovery_Howitworks.html
 * ("Delete a table with PITR enabled").
 */
class DeletedTableBackupTest {
  @TempDir Path dir;

  @Test
  void droppingARecoveryTableKeepsASystemBackupThatRestoresIt() {
    try (BackupFixture f = new BackupFixture(dir)) {
      f.table("orders");
      f.put("orders", "alice", 1, "NEW", 10);
      f.enablePitr("orders");
      f.put("orders", "bob", 2, "PAID", 20);
      Map<String, ?> last = f.items("orders");
      f.clock.advance(Duration.ofMinutes(1));
      f.db.deleteTable("orders");

      List<BackupSummary> system = f.db.listBackups(new ListBackupsRequest(null, null, null, BackupTypeFilter.SYSTEM, null, null))
          .backupSummaries();
      assertEquals(1, system.size());
      BackupDetails b = system.get(0).backupDetails();
      assertEquals("orders$DeletedTableBackup", b.backupName());
      assertEquals(BackupType.SYSTEM, b.backupType());
      assertEquals(f.clock.instant().plus(Duration.ofDays(35)), b.backupExpiryDateTime());
      assertFalse(Files.exists(dir.resolve("recovery").resolve("1")), "the recovery base went with the table");

      f.reopen();
      f.db.restoreTableFromBackup(RestoreTableFromBackupRequest.of("orders", b.backupArn()));
      assertEquals(last, f.items("orders"));
      assertEquals(2, f.db.describeTable("orders").globalSecondaryIndexes().get(0).itemCount());

      f.clock.advance(Duration.ofDays(35));
      assertEquals(List.of(), f.db.listBackups(ListBackupsRequest.all()).backupSummaries(), "expired after 35 days");
    }
  }

  @Test
  void droppingATableWithoutRecoveryKeepsNothing() {
    try (BackupFixture f = new BackupFixture(dir)) {
      f.table("orders");
      f.put("orders", "alice", 1, "NEW", 10);
      f.db.deleteTable("orders");
      assertEquals(List.of(), f.db.listBackups(ListBackupsRequest.all()).backupSummaries());
    }
  }
}
