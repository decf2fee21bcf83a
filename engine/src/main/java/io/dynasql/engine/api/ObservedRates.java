package io.dynasql.engine.api;

import java.time.Duration;

/**
 * How often a table was written and read whole lately, as this process saw it: what EXPLAIN weighs
 * a suggested materialized view with. Not a DynamoDB operation (CloudWatch's ConsumedWriteCapacityUnits
 * and the like are its nearest relatives).
 *
 * @param observed how long the counts cover: since the database opened, at most the window
 * @param itemsWritten item changes committed to the table in that time (inserts, updates and
 *     deletes that changed something, TTL deletes included)
 * @param fullScans Scans of the whole table begun in that time (a parallel scan counts once)
 */
public record ObservedRates(Duration observed, long itemsWritten, long fullScans) {
  /** Rates are extrapolated only from at least this much time. */
  public static final Duration SHORTEST = Duration.ofMinutes(1);

  /** Whether the counts cover enough time to extrapolate from. */
  public boolean enough() {
    return observed.compareTo(SHORTEST) >= 0;
  }

  /** Items written per hour. */
  public double writesPerHour() {
    return perHour(itemsWritten);
  }

  /** Full scans per hour. */
  public double scansPerHour() {
    return perHour(fullScans);
  }

  private double perHour(long n) {
    return observed.isZero() ? 0 : n * 3_600_000.0 / observed.toMillis();
  }
}
