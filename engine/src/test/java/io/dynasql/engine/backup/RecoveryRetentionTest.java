package io.dynasql.engine.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.engine.api.PointInTimeRecoverySpecification;
import io.dynasql.engine.api.UpdateContinuousBackupsRequest;
import io.dynasql.engine.changelog.ChangeRecord;
import io.dynasql.engine.changelog.LogCursor;
import io.dynasql.engine.store.LmdbStore;
import io.dynasql.engine.time.Micros;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The change log keeps a recovery table's changes for its recovery period, and drops an older
 * one only when the table's recovery base covers it, so a restore never misses a change
 * (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateContinuousBackups.html:
 * RecoveryPeriodInDays 1 to 35).
 */
class RecoveryRetentionTest {
  @TempDir Path dir;

  @Test
  void changesOlderThanThePeriodGoOnceANewerBaseCoversThem() {
    long end;
    int keyspace;
    try (BackupFixture f = new BackupFixture(dir)) {
      keyspace = enableOneDay(f);
      for (int hour = 0; hour < 72; hour++) {
        f.put("orders", "alice", hour, "NEW", hour);
        if (hour % 6 == 0) f.db.refreshRecoveryBases(Duration.ofHours(6));
        f.clock.advance(Duration.ofHours(1));
      }
      end = Micros.now(f.clock);
    }
    List<ChangeRecord> left = records(dir, keyspace);
    assertTrue(left.size() < 72, "some records were trimmed: " + left.size());
    assertTrue(left.get(0).commitMicros() >= end - 26 * Micros.HOUR,
        "nothing older than the day's period and the hour between writes: " + Micros.toInstant(left.get(0).commitMicros()));
  }

  @Test
  void withoutBackupsTheLogAsksForNewerBasesItself() {
    long end;
    int keyspace;
    int bases;
    try (BackupFixture f = new BackupFixture(dir)) {
      keyspace = enableOneDay(f);
      for (int hour = 0; hour < 72; hour++) {
        f.put("orders", "alice", hour, "NEW", hour);
        assertTrue(f.db.awaitRecoveryBases(Duration.ofSeconds(30)), "the background base was taken");
        f.clock.advance(Duration.ofHours(1));
      }
      end = Micros.now(f.clock);
      bases = f.db.refreshRecoveryBases(Duration.ofDays(2)); // none as old as two days: the log kept them fresh
    }
    assertEquals(0, bases);
    List<ChangeRecord> left = records(dir, keyspace);
    assertTrue(left.get(0).commitMicros() >= end - 26 * Micros.HOUR,
        "the log trimmed to the period without any backup: " + Micros.toInstant(left.get(0).commitMicros()));
  }

  private static int enableOneDay(BackupFixture f) {
    f.table("orders");
    f.db.updateContinuousBackups(new UpdateContinuousBackupsRequest("orders", PointInTimeRecoverySpecification.enabled(1)));
    return f.db.descriptor("orders").keyspace();
  }

  private static List<ChangeRecord> records(Path directory, int keyspace) {
    try (LmdbStore store = LmdbStore.openReadOnly(directory, 64L << 20)) {
      return store.read(txn -> {
        List<ChangeRecord> out = new ArrayList<>();
        try (LogCursor c = new LogCursor(store, txn, keyspace, 0)) {
          while (c.next()) out.add(c.record());
        }
        return out;
      });
    }
  }
}
