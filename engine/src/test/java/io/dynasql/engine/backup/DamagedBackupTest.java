package io.dynasql.engine.backup;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.engine.api.CreateBackupRequest;
import io.dynasql.engine.api.RestoreTableFromBackupRequest;
import io.dynasql.engine.error.DamagedDataException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backup file cut short or changed on disk is reported, naming the file, and the restore
 * creates nothing: a table restored with items missing would look like a good restore.
 */
class DamagedBackupTest {
  @TempDir Path dir;

  @Test
  void aTruncatedOrAlteredBackupIsRefused() throws IOException {
    try (BackupFixture f = new BackupFixture(dir)) {
      f.table("orders");
      for (int i = 0; i < 50; i++) f.put("orders", "alice", i, "NEW", i);
      String arn = f.db.createBackup(new CreateBackupRequest("orders", "nightly")).backupArn();
      Path items = dir.resolve("backups").resolve(arn.substring(arn.lastIndexOf('/') + 1)).resolve(BackupFiles.ITEMS);
      byte[] good = Files.readAllBytes(items);

      Files.write(items, java.util.Arrays.copyOf(good, good.length - 30));
      DamagedDataException cut = assertThrows(DamagedDataException.class,
          () -> f.db.restoreTableFromBackup(RestoreTableFromBackupRequest.of("orders_copy", arn)));
      assertTrue(cut.getMessage().contains(items.toString()), cut.getMessage());

      byte[] altered = good.clone();
      altered[good.length / 2] ^= 0x20;
      Files.write(items, altered);
      assertThrows(DamagedDataException.class, () -> f.db.restoreTableFromBackup(RestoreTableFromBackupRequest.of("orders_copy", arn)));
      assertFalse(f.db.descriptors().containsKey("orders_copy"));

      Files.write(items, good);
      f.db.restoreTableFromBackup(RestoreTableFromBackupRequest.of("orders_copy", arn));
      assertTrue(f.db.descriptors().containsKey("orders_copy"));
    }
  }
}
