package io.dynasql.engine;

import java.time.Duration;

/**
 * How soon the background sweeper deletes an item after it expires. DynamoDB deletes "typically
 * within two days" (developerguide/howitworks-ttl.html); an embedded store can do better, or
 * stand in for DynamoDB's lag so an application meets expired items it has not yet seen deleted.
 */
public sealed interface TtlDelay {
  /** The longest delay DynamoDB documents: 48 hours. */
  Duration MAX = Duration.ofHours(48);

  /**
   * Delete as soon as the clock passes an item's expiry time: the sweeper wakes at the earliest
   * expiry it knows of (from its last sweep and from this database's writes), and sweeps at
   * least once a minute for items written by other processes.
   */
  TtlDelay IMMEDIATE = new Immediate();

  /** See {@link #IMMEDIATE}. */
  record Immediate() implements TtlDelay {}

  /**
   * Sweep every {@code maximum} of the clock's time: each item is deleted within {@code maximum}
   * of expiring (plus the time a sweep takes).
   */
  record AtMost(Duration maximum) implements TtlDelay {
    public AtMost {
      if (maximum == null || maximum.isNegative() || maximum.isZero() || maximum.compareTo(MAX) > 0) {
        throw new IllegalArgumentException("a TTL delay must be more than zero and at most " + MAX + ", not " + maximum
            + " (use TtlDelay.IMMEDIATE for no delay)");
      }
    }
  }

  /** Delete within {@code maximum} (more than zero, at most 48 hours) of expiry. */
  static TtlDelay atMost(Duration maximum) {
    return new AtMost(maximum);
  }
}
