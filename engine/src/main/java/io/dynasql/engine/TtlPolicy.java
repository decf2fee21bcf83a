package io.dynasql.engine;

import java.util.Objects;

/**
 * How a database deletes expired items: with a background daemon thread that sweeps on the
 * clock's schedule as {@code delay} says, or only when the application calls
 * {@code Database.sweepExpiredItems()} (tests, batch jobs). A read-only database never sweeps.
 *
 * @param delay how soon after expiry the background sweeper deletes
 * @param background whether a background thread sweeps
 */
public record TtlPolicy(TtlDelay delay, boolean background) {
  /** A background sweeper deleting as soon as items expire: the default. */
  public static final TtlPolicy IMMEDIATE = new TtlPolicy(TtlDelay.IMMEDIATE, true);
  /** No background sweeper: expired items go only when the application sweeps. */
  public static final TtlPolicy MANUAL = new TtlPolicy(TtlDelay.IMMEDIATE, false);

  public TtlPolicy {
    Objects.requireNonNull(delay, "delay");
  }

  /** A background sweeper deleting within {@code delay} of expiry. */
  public static TtlPolicy background(TtlDelay delay) {
    return new TtlPolicy(delay, true);
  }
}
