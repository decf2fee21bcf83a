package io.dynasql.engine.time;

import java.time.Clock;
import java.time.Instant;

/** Time as the change log keeps it: microseconds since the epoch, read from the engine's clock. */
public final class Micros {
  /** One second. */
  public static final long SECOND = 1_000_000L;
  /** One minute. */
  public static final long MINUTE = 60 * SECOND;
  /** One hour. */
  public static final long HOUR = 60 * MINUTE;

  private Micros() {}

  /** The clock's time in microseconds since the epoch. */
  public static long now(Clock clock) {
    return of(clock.instant());
  }

  /** {@code t} in microseconds since the epoch (sub-microsecond digits dropped). */
  public static long of(Instant t) {
    return Math.addExact(Math.multiplyExact(t.getEpochSecond(), SECOND), t.getNano() / 1000);
  }

  /** The instant of {@code micros}. */
  public static Instant toInstant(long micros) {
    return Instant.ofEpochSecond(Math.floorDiv(micros, SECOND), Math.floorMod(micros, SECOND) * 1000);
  }
}
