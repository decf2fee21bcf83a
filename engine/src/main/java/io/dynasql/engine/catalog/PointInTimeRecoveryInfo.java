package io.dynasql.engine.catalog;

import io.dynasql.engine.time.Micros;

/**
 * A table's point-in-time recovery setting as the catalog keeps it, so it survives reopening.
 * While enabled, every change of the table is kept in the change log for at least the recovery
 * period, and the table can be restored to any second from {@link #earliestMicros}.
 *
 * @param enabled whether the change log keeps the table's changes for restores
 * @param recoveryPeriodInDays how many days back a restore may go, 1 to 35
 * @param enabledMicros when it was (last) enabled: a restore never goes before it, since turning
 *     recovery off and on again resets the window
 */
public record PointInTimeRecoveryInfo(boolean enabled, int recoveryPeriodInDays, long enabledMicros) {
  /** DynamoDB's default and longest recovery period. */
  public static final int MAX_DAYS = 35;
  /** The shortest recovery period. */
  public static final int MIN_DAYS = 1;
  /** One day in microseconds. */
  public static final long DAY_MICROS = 24 * Micros.HOUR;

  public PointInTimeRecoveryInfo {
    if (recoveryPeriodInDays < MIN_DAYS || recoveryPeriodInDays > MAX_DAYS) {
      throw new IllegalArgumentException("a recovery period is 1 to 35 days, not " + recoveryPeriodInDays);
    }
  }

  /** The recovery period in microseconds. */
  public long periodMicros() {
    return recoveryPeriodInDays * DAY_MICROS;
  }

  /** The first microsecond a restore may go back to at {@code nowMicros}. */
  public long earliestMicros(long nowMicros) {
    return Math.max(enabledMicros, nowMicros - periodMicros());
  }
}
