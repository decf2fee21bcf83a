package io.dynasql.engine.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.engine.api.BackupSummary;
import io.dynasql.engine.api.ListBackupsRequest;
import io.dynasql.engine.api.RestoreTableFromBackupRequest;
import io.dynasql.engine.error.ResourceNotFoundException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table with point-in-time recovery deleted while another thread writes to it: the
 * {@code $DeletedTableBackup} holds every write acknowledged before the delete, including those
 * committed after its items were read, and none refused after it
 * (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BackupDetails.html: "restore
 * the deleted table to the state it was in just before the point of deletion").
 */
class DeleteWhileWritingTest {
  @TempDir Path dir;

  /** In runs here, 200-300 writes landed between the backup's read and the delete. */
  @Test
  void theSystemBackupHoldsEveryAcknowledgedWrite() throws Exception {
    try (BackupFixture f = new BackupFixture(dir)) {
      f.table("orders");
      f.enablePitr("orders");
      for (int i = 0; i < 2000; i++) f.put("orders", "bulk", i, "OLD", i); // so reading the items takes a while
      AtomicInteger acknowledged = new AtomicInteger();
      CountDownLatch started = new CountDownLatch(50);
      Thread writer = new Thread(() -> {
        try {
          for (int i = 0; ; i++) {
            f.put("orders", "live", i, "NEW", i);
            acknowledged.incrementAndGet();
            started.countDown();
          }
        } catch (ResourceNotFoundException deleted) {
          // the table is gone: stop
        }
      });
      writer.start();
      assertTrue(started.await(30, TimeUnit.SECONDS), "the writer got going");
      f.db.deleteTable("orders");
      writer.join(TimeUnit.SECONDS.toMillis(30));

      List<BackupSummary> backups = f.db.listBackups(ListBackupsRequest.all()).backupSummaries();
      assertEquals(1, backups.size());
      f.db.restoreTableFromBackup(RestoreTableFromBackupRequest.of("orders", backups.get(0).backupDetails().backupArn()));
      assertEquals(2000 + acknowledged.get(), f.items("orders").size());
      assertEquals(2000 + acknowledged.get(), f.db.describeTable("orders").itemCount());
    }
  }
}
