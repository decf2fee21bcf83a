package io.dynasql.engine.backup;

import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynasql.engine.api.CreateBackupRequest;
import io.dynasql.engine.api.DeleteItemRequest;
import io.dynasql.engine.api.Expr;
import io.dynasql.engine.api.PointInTimeRecoveryDescription;
import io.dynasql.engine.api.PointInTimeRecoverySpecification;
import io.dynasql.engine.api.RestoreTableToPointInTimeRequest;
import io.dynasql.engine.api.UpdateContinuousBackupsRequest;
import io.dynasql.engine.api.UpdateItemRequest;
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
 * Point-in-time restore against an in-memory model with history (H2's TestRandomMapOps is the
 * pattern): seeded random puts, updates and deletes with the simulated clock moving by whole
 * seconds (several writes often share a second), backups and new recovery bases taken now and
 * then, the database reopened, over three days with a one-day recovery period so the change log
 * trims. Every so often the table is restored to a random second of its window and every item
 * compared with the model's state at that second: all changes committed at or before it, none
 * after (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_RestoreTableToPointInTime.html).
 * Set -Dpitr.seed to replay a failure.
 */
class PitrModelRandomTest {
  @TempDir Path dir;

  /** One committed change: when, which item, and what it became (null: deleted). */
  private record Change(long micros, String id, Map<String, AttributeValue> item) {}

  @Test
  void restoresMatchTheModelAtRandomSeconds() {
    long seed = Long.getLong("pitr.seed", System.nanoTime());
    Random rnd = new Random(seed);
    String why = "seed " + seed + " (rerun with -Dpitr.seed=" + seed + ")";
    try (BackupFixture f = new BackupFixture(dir)) {
      f.table("orders");
      Map<String, Map<String, AttributeValue>> current = new TreeMap<>();
      List<Change> history = new ArrayList<>();
      for (int i = 0; i < 5; i++) write(f, rnd, current, history); // before recovery: only in the base
      f.db.updateContinuousBackups(new UpdateContinuousBackupsRequest("orders", PointInTimeRecoverySpecification.enabled(1)));
      Instant end = f.clock.instant().plus(Duration.ofDays(3));
      int restores = 0;
      while (f.clock.instant().isBefore(end)) {
        f.clock.advance(Duration.ofSeconds(rnd.nextInt(4) == 0 ? 0 : rnd.nextInt(900)));
        int op = rnd.nextInt(100);
        if (op < 85) write(f, rnd, current, history);
        else if (op < 88) f.db.createBackup(new CreateBackupRequest("orders", "b" + op));
        else if (op < 91) f.db.refreshRecoveryBases(Duration.ofHours(6));
        else if (op < 92) f.reopen();
        else {
          PointInTimeRecoveryDescription w = f.db.describeContinuousBackups("orders").pointInTimeRecoveryDescription();
          long low = w.earliestRestorableDateTime().getEpochSecond();
          long high = w.latestRestorableDateTime().getEpochSecond();
          Instant at = Instant.ofEpochSecond(low + (long) (rnd.nextDouble() * (high - low + 1)));
          String target = "restored" + restores++;
          f.db.restoreTableToPointInTime(RestoreTableToPointInTimeRequest.at("orders", target, at));
          assertEquals(stateAt(f, history, Micros.of(at)), f.items(target), why + ", restore to " + at);
          f.db.deleteTable(target);
        }
      }
      f.clock.advance(Duration.ofMinutes(5));
      f.db.restoreTableToPointInTime(RestoreTableToPointInTimeRequest.latest("orders", "latest"));
      assertEquals(current, f.items("latest"), why);
      assertEquals(true, restores > 3, why + ": too few restores to mean anything (" + restores + ")");
    }
  }

  private static void write(BackupFixture f, Random rnd, Map<String, Map<String, AttributeValue>> current, List<Change> history) {
    String pk = "c" + rnd.nextInt(6);
    long sk = rnd.nextInt(5);
    String id = pk + "/" + sk;
    int kind = rnd.nextInt(10);
    Map<String, AttributeValue> next;
    if (kind < 5) {
      next = BackupFixture.item(pk, sk, rnd.nextBoolean() ? "NEW" : "PAID", rnd.nextInt(1000));
      f.put("orders", pk, sk, ((AttributeValue.S) next.get("status")).value(), totalOf(next));
    } else if (kind < 8) {
      String status = "S" + rnd.nextInt(3);
      f.db.updateItem(UpdateItemRequest.of("orders", BackupFixture.key(pk, sk), "SET #s = :s",
          Expr.names(Map.of("#s", "status")).withValues(Map.of(":s", s(status)))));
      next = new HashMap<>(current.getOrDefault(id, BackupFixture.key(pk, sk)));
      next.put("status", s(status));
    } else {
      f.db.deleteItem(DeleteItemRequest.of("orders", BackupFixture.key(pk, sk)));
      next = null;
    }
    if (next == null) current.remove(id);
    else current.put(id, next);
    history.add(new Change(Micros.now(f.clock), id, next));
  }

  private static long totalOf(Map<String, AttributeValue> item) {
    return ((AttributeValue.N) item.get("total")).value().longValue();
  }

  /** The model's items after every change at or before {@code micros}. */
  private static Map<String, Map<String, AttributeValue>> stateAt(BackupFixture f, List<Change> history, long micros) {
    Map<String, Map<String, AttributeValue>> state = new TreeMap<>();
    for (Change c : history) {
      if (c.micros() > micros) break;
      if (c.item() == null) state.remove(c.id());
      else state.put(c.id(), c.item());
    }
    return state;
  }
}
