package io.dynasql.engine.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A clock that moves only when told to: tests hand it to the engine
 * ({@code DatabaseOptions.withClock}) and advance it past a time rule (iterator expiry, stream
 * trimming, TTL expiry) instead of sleeping. Thread-safe; it never moves backwards.
 */
public final class SimulatedClock extends Clock {
  private final Object lock = new Object();
  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
  private Instant now;

  /** A clock standing at {@code start}. */
  public SimulatedClock(Instant start) {
    this.now = start;
  }

  /** A clock standing at 2026-01-01T00:00:00Z, a fixed point so tests print stable labels. */
  public static SimulatedClock atFixedStart() {
    return new SimulatedClock(Instant.parse("2026-01-01T00:00:00Z"));
  }

  /** Moves the clock forward by {@code d} (zero or positive) and returns the new time. */
  public Instant advance(Duration d) {
    if (d.isNegative()) throw new IllegalArgumentException("a simulated clock only moves forward, not by " + d);
    Instant moved;
    synchronized (lock) {
      now = now.plus(d);
      moved = now;
    }
    for (Runnable r : listeners) r.run();
    return moved;
  }

  /**
   * Runs {@code listener} after every {@link #advance}: a thread waiting for a time on this clock
   * (the TTL sweeper) wakes when the test moves it instead of polling. Closing the returned handle
   * stops it.
   */
  public AutoCloseable onAdvance(Runnable listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  @Override
  public Instant instant() {
    synchronized (lock) {
      return now;
    }
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    if (ZoneOffset.UTC.equals(zone)) return this;
    throw new IllegalArgumentException("the engine's clock is UTC only, not " + zone);
  }
}
