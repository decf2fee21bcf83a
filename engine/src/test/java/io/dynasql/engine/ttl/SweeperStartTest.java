package io.dynasql.engine.ttl;

import static io.dynasql.engine.model.AttributeValue.n;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.engine.TtlPolicy;
import io.dynasql.engine.api.CreateTableRequest;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.KeySchema;
import io.dynasql.engine.time.SimulatedClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The background sweeper's thread runs only in a database that has something to sweep: it starts
 * at open when a table has TTL enabled, or when UpdateTimeToLive enables it, and not for a
 * database without TTL tables. Deleting expired items is what it is for
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/howitworks-ttl.html).
 */
class SweeperStartTest {
  private static final Duration WAIT = Duration.ofSeconds(30);

  @Test
  void aDatabaseWithoutTtlTablesRunsNoThread(@TempDir Path dir) {
    try (TtlFixture f = new TtlFixture(dir, TtlPolicy.IMMEDIATE)) {
      f.db.createTable(CreateTableRequest.of("Plain", KeySchema.of("pk", AttributeType.S)));
      assertFalse(f.db.backgroundSweeperStarted());
      assertEquals(0, sweeperThreads(dir), "no dynasql-ttl thread for this directory");
      assertFalse(f.db.awaitBackgroundSweep(f.clock.instant(), Duration.ofMillis(50)),
          "nothing to wait for until a table has TTL");
    }
  }

  @Test
  void updateTimeToLiveStartsIt(@TempDir Path dir) {
    try (TtlFixture f = new TtlFixture(dir, TtlPolicy.IMMEDIATE)) {
      Instant start = f.clock.instant();
      f.table("Sessions", "expiresAt");
      assertTrue(f.db.backgroundSweeperStarted());
      assertEquals(1, sweeperThreads(dir));
      assertTrue(f.db.awaitBackgroundSweep(start, WAIT), "a new sweeper sweeps at once");
      f.put("Sessions", "a", 1, "expiresAt", n(f.epochPlus(30)));
      Instant moved = f.clock.advance(Duration.ofSeconds(31));
      assertTrue(f.db.awaitBackgroundSweep(moved, WAIT));
      assertNull(f.get("Sessions", "a", 1), "swept by the thread UpdateTimeToLive started");
    }
    assertEquals(0, sweeperThreads(dir), "closing stops it");
  }

  @Test
  void anAwaitBeforeTheStartIsAnsweredOnceTtlIsEnabled(@TempDir Path dir) throws Exception {
    try (TtlFixture f = new TtlFixture(dir, TtlPolicy.IMMEDIATE)) {
      Instant start = f.clock.instant();
      CompletableFuture<Boolean> waiting = CompletableFuture.supplyAsync(() -> f.db.awaitBackgroundSweep(start, WAIT));
      f.table("Sessions", "expiresAt");
      assertTrue(waiting.get());
    }
  }

  @Test
  void aTtlTableInTheCatalogStartsItAtOpen(@TempDir Path dir) {
    SimulatedClock clock = SimulatedClock.atFixedStart();
    try (TtlFixture f = new TtlFixture(dir, TtlPolicy.MANUAL, clock)) {
      f.table("Sessions", "expiresAt");
      f.put("Sessions", "a", 1, "expiresAt", n(f.epochPlus(10)));
      assertFalse(f.db.backgroundSweeperStarted(), "a manual policy never runs one");
    }
    clock.advance(Duration.ofHours(1));
    try (TtlFixture f = new TtlFixture(dir, TtlPolicy.IMMEDIATE, clock)) {
      assertTrue(f.db.backgroundSweeperStarted());
      assertTrue(f.db.awaitBackgroundSweep(clock.instant(), WAIT));
      assertNull(f.get("Sessions", "a", 1), "expired while closed, swept at open");
    }
  }

  /** Live sweeper threads of the database in {@code dir} (they are named after its directory). */
  private static long sweeperThreads(Path dir) {
    String name = "dynasql-ttl-" + dir.getFileName();
    return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(name) && t.isAlive()).count();
  }
}
