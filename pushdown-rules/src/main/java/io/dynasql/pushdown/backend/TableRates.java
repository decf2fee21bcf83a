package io.dynasql.pushdown.backend;

import java.time.Duration;

/**
 * How often a table was written and read whole lately, as its store observed: what EXPLAIN weighs
 * a suggested materialized view with ({@link TableBackend#observedRates}).
 *
 * @param observed how long the counts cover
 * @param itemsWritten item changes committed to the table in that time
 * @param fullScans Scans of the whole table begun in that time
 */
public record TableRates(Duration observed, long itemsWritten, long fullScans) {
  /** Rates are extrapolated only from at least this much time. */
  public static final Duration SHORTEST = Duration.ofMinutes(1);

  /** Whether the counts cover enough time, and count anything, to extrapolate from. */
  public boolean enough() {
    return observed.compareTo(SHORTEST) >= 0 && (itemsWritten > 0 || fullScans > 0);
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
