package io.dynasql.engine.ttl;

import io.dynasql.engine.api.SweepReport;
import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.error.ResourceNotFoundException;
import io.dynasql.engine.ops.Engine;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Deletes expired items: every table with TTL enabled is read page by page to its end, and each
 * page's expired items are deleted in one writer transaction (see {@link ExpiredDeletes}). Expiry
 * is judged by the clock's time when the sweep begins. The background thread and
 * {@code Database.sweepExpiredItems()} both call {@link #sweep()}; one sweep runs at a time.
 */
public final class Sweeper {
  private final Engine engine;
  /** Set when the database closes: a sweep in progress ends after its current page. */
  private volatile boolean stopping;

  public Sweeper(Engine engine) {
    this.engine = engine;
  }

  /** Sweeps every table with TTL enabled once, through to its last item. */
  public synchronized SweepReport sweep() {
    Instant now = engine.clock().instant();
    engine.ttlHints().clear();
    List<TableDescriptor> tables = engine.store().read(txn ->
        engine.catalog().tables(txn).values().stream().filter(t -> t.ttlAttribute() != null).toList());
    List<SweepReport.TableSweep> swept = new ArrayList<>();
    for (TableDescriptor t : tables) {
      if (stopping) break;
      SweepReport.TableSweep s = sweep(t, now);
      if (s != null) swept.add(s);
    }
    return new SweepReport(now, swept);
  }

  /** Makes a sweep in progress, and every later one, end after its current page (the database is closing). */
  public void stop() {
    stopping = true;
  }

  /** One table, page by page; null when it was dropped before the sweep reached it. */
  private SweepReport.TableSweep sweep(TableDescriptor t, Instant now) {
    String attribute = t.ttlAttribute();
    int pages = 0;
    long scanned = 0;
    long deleted = 0;
    byte[] after = null;
    try {
      ExpiredPage page;
      do {
        page = ExpiredPage.read(engine, t, attribute, after, now);
        pages++;
        scanned += page.scanned();
        engine.ttlHints().note(page.earliestFuture());
        if (!page.expiredKeys().isEmpty()) {
          deleted += engine.writer().submit(ExpiredDeletes.task(engine, t, attribute, page.expiredKeys(), now));
        }
        after = page.lastKey();
      } while (page.more() && !stopping);
    } catch (ResourceNotFoundException dropped) {
      // Dropped (or dropped and created again) during the sweep: the next sweep sees the new table.
      return pages == 0 ? null : new SweepReport.TableSweep(t.name(), attribute, pages, scanned, deleted);
    }
    return new SweepReport.TableSweep(t.name(), attribute, pages, scanned, deleted);
  }
}
