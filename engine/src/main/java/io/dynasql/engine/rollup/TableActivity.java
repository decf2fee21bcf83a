package io.dynasql.engine.rollup;

import io.dynasql.engine.api.ObservedRates;
import io.dynasql.engine.api.ScanRequest;
import io.dynasql.engine.ops.Engine;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Per table, the items written and the full scans begun over the last 24 hours, in hourly slots,
 * by the engine's clock: cheap counters (an array add under a lock per event) from which a
 * suggested view's trade-off is weighed. Kept in memory for this process: a reopened database
 * starts counting afresh.
 */
public final class TableActivity {
  /** The window the rates are computed over. */
  public static final Duration WINDOW = Duration.ofHours(24);
  private static final int SLOTS = 24;

  private final Clock clock;
  private final long since;
  private final Map<String, Slots> tables = new HashMap<>();

  public TableActivity(Clock clock) {
    this.clock = clock;
    this.since = clock.millis();
  }

  /** Counters on {@code engine}'s clock, told of every committed item change by its change log. */
  public static TableActivity of(Engine engine) {
    TableActivity activity = new TableActivity(engine.clock());
    engine.changes().countWrites(activity::wrote);
    return activity;
  }

  /**
   * Counts {@code r} when it begins a Scan of the whole table (its first page, of the table and
   * not an index, segment 0 of a parallel scan): what a rollup computed over the table does.
   */
  public void scanning(ScanRequest r) {
    if (r.exclusiveStartKey() == null && r.indexName() == null && (r.segment() == null || r.segment() == 0)) {
      scanned(r.tableName());
    }
  }

  /** One item of {@code table} changed. */
  public void wrote(String table) {
    slots(table).add(hour(), true);
  }

  /** A Scan of all of {@code table} began. */
  public void scanned(String table) {
    slots(table).add(hour(), false);
  }

  /** The counts of {@code table} over the window, or over the time since the database opened when shorter. */
  public ObservedRates of(String table) {
    long now = clock.millis();
    Duration observed = Duration.ofMillis(Math.max(0, Math.min(now - since, WINDOW.toMillis())));
    Slots s;
    synchronized (tables) {
      s = tables.get(table);
    }
    if (s == null) return new ObservedRates(observed, 0, 0);
    long[] counts = s.totals(now / 3_600_000L);
    return new ObservedRates(observed, counts[0], counts[1]);
  }

  private long hour() {
    return clock.millis() / 3_600_000L;
  }

  private Slots slots(String table) {
    synchronized (tables) {
      return tables.computeIfAbsent(table, k -> new Slots());
    }
  }

  /** A table's slots: slot {@code h % 24} counts hour {@code h} (epoch hours) when {@code hours[h % 24] == h}. */
  private static final class Slots {
    private final long[] hours = new long[SLOTS];
    private final long[] writes = new long[SLOTS];
    private final long[] scans = new long[SLOTS];

    Slots() {
      java.util.Arrays.fill(hours, -1);
    }

    synchronized void add(long hour, boolean write) {
      int i = (int) (hour % SLOTS);
      if (hours[i] != hour) { // a slot of a day ago: starts again
        hours[i] = hour;
        writes[i] = 0;
        scans[i] = 0;
      }
      if (write) writes[i]++;
      else scans[i]++;
    }

    /** Writes and scans in the hours after {@code now - 24} up to {@code now}. */
    synchronized long[] totals(long now) {
      long[] out = new long[2];
      for (int i = 0; i < SLOTS; i++) {
        if (hours[i] > now - SLOTS && hours[i] <= now) {
          out[0] += writes[i];
          out[1] += scans[i];
        }
      }
      return out;
    }
  }
}
