package io.dynasql.engine.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.engine.api.BackupDescription;
import io.dynasql.engine.api.BackupDetails;
import io.dynasql.engine.api.BackupSummary;
import io.dynasql.engine.api.CreateBackupRequest;
import io.dynasql.engine.api.ListBackupsRequest;
import io.dynasql.engine.api.ListBackupsResponse;
import io.dynasql.engine.api.RestoreTableFromBackupRequest;
import io.dynasql.engine.error.BackupNotFoundException;
import io.dynasql.engine.error.TableAlreadyExistsException;
import io.dynasql.engine.error.TableNotFoundException;
import io.dynasql.engine.error.ValidationException;
import io.dynasql.engine.model.BackupStatus;
import io.dynasql.engine.model.BackupType;
import io.dynasql.engine.model.BackupTypeFilter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CreateBackup, DescribeBackup, ListBackups, DeleteBackup and RestoreTableFromBackup against
 * AWS's documentation: https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_CreateBackup.html,
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ListBackups.html (lower bound
 * inclusive, upper bound exclusive), https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DeleteBackup.html,
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_RestoreTableFromBackup.html.
 */
class BackupApiTest {
  @TempDir Path dir;

  @Test
  void aBackupHoldsTheTableAsItWasAndRestoresIntoANewTable() {
    try (BackupFixture f = new BackupFixture(dir)) {
      f.table("orders");
      f.put("orders", "alice", 1, "NEW", 10);
      f.put("orders", "bob", 2, "PAID", 20);
      BackupDetails b = f.db.createBackup(new CreateBackupRequest("orders", "nightly"));
      f.put("orders", "carol", 3, "NEW", 30); // after the backup: not in it

      assertTrue(b.backupArn().matches("arn:aws:dynamodb:us-east-1:000000000000:table/orders/backup/[0-9]{14}-[0-9a-f]{8}"),
          b.backupArn());
      assertEquals(BackupType.USER, b.backupType());
      assertEquals(BackupStatus.AVAILABLE, b.backupStatus());
      assertEquals(f.clock.instant(), b.backupCreationDateTime());
      assertNull(b.backupExpiryDateTime(), "user backups do not expire");
      BackupDescription d = f.db.describeBackup(b.backupArn());
      assertEquals(2, d.sourceTableDetails().itemCount());
      assertEquals(List.of("by_status"), d.sourceTableDetails().globalSecondaryIndexes());
      assertEquals(List.of("by_total"), d.sourceTableDetails().localSecondaryIndexes());

      f.db.restoreTableFromBackup(RestoreTableFromBackupRequest.of("orders_copy", b.backupArn()));
      assertEquals(f.items("orders").keySet().stream().filter(k -> !k.startsWith("carol")).toList(),
          List.copyOf(f.items("orders_copy").keySet()));
      assertEquals(2, f.db.describeTable("orders_copy").itemCount());
      assertEquals(2, f.db.describeTable("orders_copy").globalSecondaryIndexes().get(0).itemCount(), "index rebuilt");
    }
  }

  @Test
  void listBackupsFiltersByTableTimeAndTypeAndPages() {
    try (BackupFixture f = new BackupFixture(dir)) {
      f.table("orders");
      f.table("users");
      Instant t0 = f.clock.instant();
      String a = f.db.createBackup(new CreateBackupRequest("orders", "first")).backupArn();
      Instant t1 = f.clock.advance(Duration.ofMinutes(1));
      String b = f.db.createBackup(new CreateBackupRequest("users", "second")).backupArn();
      f.clock.advance(Duration.ofMinutes(1));
      String c = f.db.createBackup(new CreateBackupRequest("orders", "third")).backupArn();

      assertEquals(List.of(a, b, c), arns(f.db.listBackups(ListBackupsRequest.all())));
      assertEquals(List.of(a, c), arns(f.db.listBackups(ListBackupsRequest.of("orders"))));
      assertEquals(List.of(a), arns(f.db.listBackups(new ListBackupsRequest(null, t0, t1, null, null, null))),
          "lower bound inclusive, upper bound exclusive");
      assertEquals(List.of(), arns(f.db.listBackups(new ListBackupsRequest(null, null, null, BackupTypeFilter.SYSTEM, null, null))));
      ListBackupsResponse first = f.db.listBackups(new ListBackupsRequest(null, null, null, null, 2, null));
      assertEquals(List.of(a, b), arns(first));
      assertEquals(b, first.lastEvaluatedBackupArn());
      ListBackupsResponse rest = f.db.listBackups(new ListBackupsRequest(null, null, null, null, 2, b));
      assertEquals(List.of(c), arns(rest));
      assertNull(rest.lastEvaluatedBackupArn());
      assertThrows(ValidationException.class, () -> f.db.listBackups(new ListBackupsRequest(null, null, null, null, 0, null)));
    }
  }

  @Test
  void backupsSurviveReopeningAndDeleteBackupRemovesOne() {
    try (BackupFixture f = new BackupFixture(dir)) {
      f.table("orders");
      f.put("orders", "alice", 1, "NEW", 10);
      String arn = f.db.createBackup(new CreateBackupRequest("orders", "keep")).backupArn();
      f.reopen();
      assertEquals(List.of(arn), arns(f.db.listBackups(ListBackupsRequest.all())));
      BackupDescription gone = f.db.deleteBackup(arn);
      assertEquals(BackupStatus.DELETED, gone.backupDetails().backupStatus());
      assertEquals(List.of(), arns(f.db.listBackups(ListBackupsRequest.all())));
      assertThrows(BackupNotFoundException.class, () -> f.db.describeBackup(arn));
      assertThrows(BackupNotFoundException.class, () -> f.db.deleteBackup(arn));
    }
  }

  @Test
  void badRequestsAreRefusedAndChangeNothing() {
    try (BackupFixture f = new BackupFixture(dir)) {
      f.table("orders");
      f.table("orders_copy");
      f.put("orders_copy", "zed", 9, "OLD", 1);
      String arn = f.db.createBackup(new CreateBackupRequest("orders", "nightly")).backupArn();

      assertThrows(TableNotFoundException.class, () -> f.db.createBackup(new CreateBackupRequest("missing", "nightly")));
      assertThrows(ValidationException.class, () -> f.db.createBackup(new CreateBackupRequest("orders", "a b")));
      assertThrows(ValidationException.class, () -> f.db.createBackup(new CreateBackupRequest("orders", "ab")));
      TableAlreadyExistsException exists = assertThrows(TableAlreadyExistsException.class,
          () -> f.db.restoreTableFromBackup(RestoreTableFromBackupRequest.of("orders_copy", arn)));
      assertEquals("TableAlreadyExistsException", exists.errorCode());
      assertEquals(List.of("zed/9"), List.copyOf(f.items("orders_copy").keySet()), "the existing table is untouched");
      assertThrows(BackupNotFoundException.class, () -> f.db.restoreTableFromBackup(
          RestoreTableFromBackupRequest.of("other", arn.replaceAll("-[0-9a-f]{8}$", "-00000000"))));
      assertFalse(f.db.descriptors().containsKey("other"));
      assertEquals(1, f.db.listBackups(ListBackupsRequest.all()).backupSummaries().size());
    }
  }

  @Test
  void sqlAndTheCommandLineNameABackupByIdOrUniqueName() {
    try (BackupFixture f = new BackupFixture(dir)) {
      f.table("orders");
      BackupDetails one = f.db.createBackup(new CreateBackupRequest("orders", "nightly"));
      String id = one.backupArn().substring(one.backupArn().lastIndexOf('/') + 1);
      assertEquals(one.backupArn(), f.db.describeBackupByReference("nightly").backupDetails().backupArn());
      assertEquals(one.backupArn(), f.db.describeBackupByReference(id).backupDetails().backupArn());
      f.clock.advance(Duration.ofSeconds(1));
      f.db.createBackup(new CreateBackupRequest("orders", "nightly"));
      BackupNotFoundException ambiguous = assertThrows(BackupNotFoundException.class, () -> f.db.describeBackupByReference("nightly"));
      assertTrue(ambiguous.getMessage().contains("ambiguous"), ambiguous.getMessage());
    }
  }

  private static List<String> arns(ListBackupsResponse r) {
    return r.backupSummaries().stream().map(BackupSummary::backupDetails).map(BackupDetails::backupArn).toList();
  }
}
