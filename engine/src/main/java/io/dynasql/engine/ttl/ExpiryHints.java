package io.dynasql.engine.ttl;

import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.model.AttributeValue;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The earliest expiry time the sweeper knows of, so an immediate sweeper wakes when an item
 * expires instead of polling. Sweeps set it from what they scanned; writes of this database to
 * a table with TTL lower it. A hint from a write whose transaction is later redone or refused
 * only wakes the sweeper for nothing. Thread-safe.
 */
public final class ExpiryHints {
  private final Clock clock;
  private final AtomicLong earliest = new AtomicLong(Expiry.NEVER);
  /** Called when the earliest time moves earlier (the background sweeper's nudge). */
  private volatile Runnable onEarlier = () -> { };
  /** Called when TTL was just enabled on a table (starts a background sweeper not yet running). */
  private volatile Runnable onEnabled = () -> { };

  public ExpiryHints(Clock clock) {
    this.clock = clock;
  }

  /** Notes the expiry time of {@code item}, just written to {@code t} (a cheap no-op without TTL). */
  public void noteWrite(TableDescriptor t, Map<String, AttributeValue> item) {
    String attribute = t.ttlAttribute();
    if (attribute == null || !item.containsKey(attribute)) return;
    note(Expiry.expiresAtMicros(item, attribute, clock.instant()));
  }

  /** TTL was just enabled on a table: its items already expired are due now. */
  public void noteEnabled() {
    onEnabled.run();
    note(io.dynasql.engine.time.Micros.now(clock));
  }

  /** Notes an expiry time in microseconds ({@link Expiry#NEVER} for none). */
  void note(long micros) {
    if (micros == Expiry.NEVER) return;
    long before = earliest.getAndAccumulate(micros, Math::min);
    if (micros < before) onEarlier.run();
  }

  /** The earliest expiry known, or {@link Expiry#NEVER}. */
  long earliest() {
    return earliest.get();
  }

  /**
   * Forgets every hint as a sweep starts: the sweep notes again what it finds still to expire,
   * and writes during the sweep note theirs.
   */
  void clear() {
    earliest.set(Expiry.NEVER);
  }

  void onEarlier(Runnable r) {
    onEarlier = r;
  }

  void onEnabled(Runnable r) {
    onEnabled = r;
  }
}
