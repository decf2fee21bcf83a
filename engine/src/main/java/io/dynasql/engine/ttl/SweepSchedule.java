package io.dynasql.engine.ttl;

import io.dynasql.engine.TtlDelay;
import io.dynasql.engine.time.Micros;

/**
 * When the background sweeper sweeps next, in the clock's microseconds: the delay policy as a
 * pure function, so it is tested without a thread.
 */
final class SweepSchedule {
  /** An immediate sweeper still sweeps this often, for items written by other processes. */
  static final long IMMEDIATE_FALLBACK_MICROS = Micros.MINUTE;

  private SweepSchedule() {}

  /**
   * The next sweep's time. {@code lastSweepMicros} is when the last sweep began ({@code
   * Long.MIN_VALUE} before the first: a new sweeper sweeps at once, deleting what expired while
   * the database was closed); {@code earliestExpiryMicros} is the earliest known expiry.
   */
  static long nextDue(TtlDelay delay, long lastSweepMicros, long earliestExpiryMicros) {
    if (lastSweepMicros == Long.MIN_VALUE) return Long.MIN_VALUE;
    if (delay instanceof TtlDelay.AtMost a) {
      return saturatedAdd(lastSweepMicros, Micros.of(java.time.Instant.EPOCH.plus(a.maximum())));
    }
    return Math.min(earliestExpiryMicros, saturatedAdd(lastSweepMicros, IMMEDIATE_FALLBACK_MICROS));
  }

  private static long saturatedAdd(long a, long b) {
    long r = a + b;
    return ((a ^ r) & (b ^ r)) < 0 ? Long.MAX_VALUE : r;
  }
}
