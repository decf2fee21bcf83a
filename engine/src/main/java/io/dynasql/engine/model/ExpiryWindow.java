package io.dynasql.engine.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The TTL times, in epoch seconds, that count as expired at one instant, by DynamoDB's rule
 * (developerguide/time-to-live-ttl-before-you-start.html): at least {@code from} (five calendar
 * years back in UTC; older times never expire) and less than {@code until} (the instant itself;
 * a time of exactly now has not passed). The engine's sweeper and the SQL layer's filter that
 * hides expired items both judge by it.
 *
 * @param from the oldest expiry time that still expires, inclusive
 * @param until the instant, exclusive
 */
public record ExpiryWindow(BigDecimal from, BigDecimal until) {
  /** The window at {@code now}. */
  public static ExpiryWindow at(Instant now) {
    return new ExpiryWindow(seconds(now.atOffset(ZoneOffset.UTC).minusYears(5).toInstant()), seconds(now));
  }

  /** Whether an expiry time of {@code seconds} has expired. */
  public boolean contains(BigDecimal seconds) {
    return seconds.compareTo(from) >= 0 && seconds.compareTo(until) < 0;
  }

  private static BigDecimal seconds(Instant t) {
    return BigDecimal.valueOf(t.getEpochSecond()).add(BigDecimal.valueOf(t.getNano(), 9));
  }
}
