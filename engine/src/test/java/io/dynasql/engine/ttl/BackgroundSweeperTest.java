package io.dynasql.engine.ttl;

import static io.dynasql.engine.model.AttributeValue.n;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.engine.Database;
import io.dynasql.engine.DatabaseOptions;
import io.dynasql.engine.TtlDelay;
import io.dynasql.engine.TtlPolicy;
import io.dynasql.engine.api.GetItemRequest;
import io.dynasql.engine.time.SimulatedClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The background sweeper is a real daemon thread that wakes on the clock's schedule; the tests
 * move a simulated clock and wait for the sweep that follows (a bounded wait on the sweeper's
 * monitor, never a sleep). The policies: immediate, or at most a delay of up to 48 hours
 * (DynamoDB: "typically deletes expired items within two days",
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/howitworks-ttl.html).
 */
class BackgroundSweeperTest {
  private static final Duration WAIT = Duration.ofSeconds(30);

  @Test
  void immediateDeletesOnceTheClockPassesTheExpiry(@TempDir Path dir) {
    try (TtlFixture f = new TtlFixture(dir, TtlPolicy.IMMEDIATE)) {
      f.table("Sessions", "expiresAt");
      f.put("Sessions", "a", 1, "expiresAt", n(f.epochPlus(30)));
      f.put("Sessions", "a", 2, "expiresAt", n(f.epochPlus(90)));

      Instant moved = f.clock.advance(Duration.ofSeconds(31));
      assertTrue(f.db.awaitBackgroundSweep(moved, WAIT), "a sweep after the first expiry");
      assertNull(f.get("Sessions", "a", 1));
      assertNotNull(f.get("Sessions", "a", 2));

      moved = f.clock.advance(Duration.ofSeconds(60));
      assertTrue(f.db.awaitBackgroundSweep(moved, WAIT), "a sweep after the second expiry");
      assertNull(f.get("Sessions", "a", 2));
    }
  }

  @Test
  void aMaximumDelaySweepsOnItsPeriod(@TempDir Path dir) {
    try (TtlFixture f = new TtlFixture(dir, TtlPolicy.background(TtlDelay.atMost(Duration.ofHours(6))))) {
      Instant start = f.clock.instant();
      f.table("Sessions", "expiresAt");
      assertTrue(f.db.awaitBackgroundSweep(start, WAIT), "a new sweeper sweeps at once");
      f.put("Sessions", "a", 1, "expiresAt", n(f.epochPlus(60)));

      f.clock.advance(Duration.ofHours(1));
      assertNotNull(f.get("Sessions", "a", 1), "expired, but the period has not come round");
      Instant period = f.clock.advance(Duration.ofHours(5));
      assertTrue(f.db.awaitBackgroundSweep(period, WAIT), "the sweep six hours after the first");
      assertNull(f.get("Sessions", "a", 1), "deleted within six hours of expiring");
    }
  }

  @Test
  void itemsThatExpiredWhileClosedGoWhenTheDatabaseOpens(@TempDir Path dir) {
    SimulatedClock clock = SimulatedClock.atFixedStart();
    try (TtlFixture f = new TtlFixture(dir, TtlPolicy.MANUAL, clock)) {
      f.table("Sessions", "expiresAt");
      f.put("Sessions", "a", 1, "expiresAt", n(f.epochPlus(10)));
      f.clock.advance(Duration.ofDays(3));
    }
    try (TtlFixture f = new TtlFixture(dir, TtlPolicy.background(TtlDelay.atMost(TtlDelay.MAX)), clock)) {
      assertTrue(f.db.awaitBackgroundSweep(f.clock.instant(), WAIT));
      assertNull(f.get("Sessions", "a", 1));
    }
  }

  @Test
  void aReadOnlyDatabaseHasNoSweeper(@TempDir Path dir) {
    SimulatedClock clock = SimulatedClock.atFixedStart();
    try (TtlFixture f = new TtlFixture(dir, TtlPolicy.MANUAL, clock)) {
      f.table("Sessions", "expiresAt");
      f.put("Sessions", "a", 1, "expiresAt", n(f.epochPlus(10)));
    }
    clock.advance(Duration.ofHours(1));
    try (Database db = Database.open(dir, new DatabaseOptions(64L << 20, false).withClock(clock).withReadOnly(true))) {
      assertThrows(IllegalStateException.class, () -> db.awaitBackgroundSweep(clock.instant(), WAIT));
      assertNotNull(db.getItem(GetItemRequest.of("Sessions", TtlFixture.key("a", 1))).item(), "expired, kept");
    }
  }

  @Test
  void aDatabaseWithoutABackgroundSweeperSaysSo() {
    try (TtlFixture f = new TtlFixture()) {
      IllegalStateException e = assertThrows(IllegalStateException.class,
          () -> f.db.awaitBackgroundSweep(f.clock.instant(), WAIT));
      assertTrue(e.getMessage().contains("no background TTL sweeper"), e.getMessage());
    }
  }
}
