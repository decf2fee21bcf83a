package io.dynasql.engine.backup;

import static io.dynasql.engine.model.AttributeValue.n;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.engine.api.CreateBackupRequest;
import io.dynasql.engine.api.DeleteItemRequest;
import io.dynasql.engine.api.PointInTimeRecoveryDescription;
import io.dynasql.engine.api.PointInTimeRecoverySpecification;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.api.RestoreTableFromBackupRequest;
import io.dynasql.engine.api.RestoreTableToPointInTimeRequest;
import io.dynasql.engine.api.TimeToLiveSpecification;
import io.dynasql.engine.api.UpdateContinuousBackupsRequest;
import io.dynasql.engine.api.UpdateTimeToLiveRequest;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.time.Micros;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole lifecycle against one in-memory model with history: seeded random puts (some with a
 * TTL expiry soon before or after now) and deletes, TTL sweeps (the model deletes what its own
 * statement of the rule says has expired: epoch seconds less than now,
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/time-to-live-ttl-before-you-start.html),
 * backups, reopens, and now and then a check: a restore from a random backup equals the model at
 * the backup's time (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_RestoreTableFromBackup.html);
 * a backup of that restored table, restored again, equals it too (a backup of a backup's table);
 * and a point-in-time restore to a random second equals the model at that second, the sweeps'
 * deletes included (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_RestoreTableToPointInTime.html).
 * Set -Dlifecycle.seed to replay a failure.
 */
class LifecycleModelRandomTest {
  @TempDir Path dir;

  /** One committed change: when, which item, what it became (null: deleted). */
  private record Change(long micros, String id, Map<String, AttributeValue> item) {}

  /** A backup and the model's items when it was taken. */
  private record Taken(String arn, Map<String, Map<String, AttributeValue>> items) {}

  @Test
  void sweepsBackupsAndRestoresMatchTheModel() {
    long seed = Long.getLong("lifecycle.seed", System.nanoTime());
    Random rnd = new Random(seed);
    String why = "seed " + seed + " (rerun with -Dlifecycle.seed=" + seed + ")";
    try (BackupFixture f = new BackupFixture(dir)) {
      f.table("orders");
      f.db.updateTimeToLive(UpdateTimeToLiveRequest.of("orders", TimeToLiveSpecification.enabled("expiresAt")));
      f.db.updateContinuousBackups(new UpdateContinuousBackupsRequest("orders", PointInTimeRecoverySpecification.enabled(1)));
      Map<String, Map<String, AttributeValue>> current = new TreeMap<>();
      List<Change> history = new ArrayList<>();
      List<Taken> backups = new ArrayList<>();
      int checks = 0;
      long swept = 0;
      for (int step = 0; step < 600; step++) {
        f.clock.advance(Duration.ofSeconds(rnd.nextInt(3) == 0 ? 0 : rnd.nextInt(600)));
        int op = rnd.nextInt(100);
        if (op < 60) {
          write(f, rnd, current, history);
        } else if (op < 72) {
          Instant now = f.clock.instant();
          long deleted = f.db.sweepExpiredItems().itemsDeleted();
          List<String> expired = new ArrayList<>();
          current.forEach((id, item) -> {
            if (item.get("expiresAt") instanceof AttributeValue.N at && at.value().longValueExact() < now.getEpochSecond()) {
              expired.add(id);
            }
          });
          for (String id : expired) {
            current.remove(id);
            history.add(new Change(Micros.of(now), id, null));
          }
          assertEquals(expired.size(), deleted, why + ", sweep at " + now);
          swept += deleted;
        } else if (op < 80) {
          String arn = f.db.createBackup(new CreateBackupRequest("orders", "backup" + step)).backupArn();
          backups.add(new Taken(arn, new TreeMap<>(current)));
        } else if (op < 83) {
          f.reopen();
        } else if (op < 91 && !backups.isEmpty()) {
          Taken b = backups.get(rnd.nextInt(backups.size()));
          f.db.restoreTableFromBackup(RestoreTableFromBackupRequest.of("restored" + step, b.arn()));
          assertEquals(b.items(), f.items("restored" + step), why + ", restore of " + b.arn());
          String again = f.db.createBackup(new CreateBackupRequest("restored" + step, "again" + step)).backupArn();
          f.db.restoreTableFromBackup(RestoreTableFromBackupRequest.of("again" + step, again));
          assertEquals(b.items(), f.items("again" + step), why + ", restore of a backup of the restored table");
          f.db.deleteTable("restored" + step);
          f.db.deleteTable("again" + step);
          checks++;
        } else if (op >= 91) {
          PointInTimeRecoveryDescription w = f.db.describeContinuousBackups("orders").pointInTimeRecoveryDescription();
          long low = w.earliestRestorableDateTime().getEpochSecond();
          long high = w.latestRestorableDateTime().getEpochSecond();
          Instant at = Instant.ofEpochSecond(low + (long) (rnd.nextDouble() * (high - low + 1)));
          f.db.restoreTableToPointInTime(RestoreTableToPointInTimeRequest.at("orders", "then" + step, at));
          assertEquals(stateAt(history, Micros.of(at)), f.items("then" + step), why + ", restore to " + at);
          f.db.deleteTable("then" + step);
          checks++;
        }
        assertEquals(current, f.items("orders"), why + ", step " + step);
      }
      assertTrue(checks > 10 && swept > 0, why + ": too few restores (" + checks + ") or nothing swept (" + swept + ")");
    }
  }

  private static void write(BackupFixture f, Random rnd, Map<String, Map<String, AttributeValue>> current, List<Change> history) {
    String pk = "c" + rnd.nextInt(5);
    long sk = rnd.nextInt(6);
    String id = pk + "/" + sk;
    Map<String, AttributeValue> next = null;
    if (rnd.nextInt(5) == 0) {
      f.db.deleteItem(DeleteItemRequest.of("orders", BackupFixture.key(pk, sk)));
    } else {
      next = new HashMap<>(BackupFixture.item(pk, sk, rnd.nextBoolean() ? "NEW" : "PAID", rnd.nextInt(1000)));
      if (rnd.nextBoolean()) next.put("expiresAt", n(f.clock.instant().getEpochSecond() + rnd.nextInt(3600) - 1200));
      f.db.putItem(PutItemRequest.of("orders", next));
    }
    if (next == null) current.remove(id);
    else current.put(id, next);
    history.add(new Change(Micros.now(f.clock), id, next));
  }

  /** The model's items after every change at or before {@code micros}. */
  private static Map<String, Map<String, AttributeValue>> stateAt(List<Change> history, long micros) {
    Map<String, Map<String, AttributeValue>> state = new TreeMap<>();
    for (Change c : history) {
      if (c.micros() > micros) break;
      if (c.item() == null) state.remove(c.id());
      else state.put(c.id(), c.item());
    }
    return state;
  }
}
