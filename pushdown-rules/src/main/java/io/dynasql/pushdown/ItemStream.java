package io.dynasql.pushdown;

import io.dynasql.engine.model.AttributeValue;
import io.dynasql.pushdown.backend.ItemSink;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The items an access reads, fetched one store page at a time, with the running totals of what
 * was read recorded in the statement's report after every page.
 */
final class ItemStream {
  private final DynamoSource source;
  private final AccessPath path;
  private final Binder binder;
  private final AccessReport report;
  private final int slot;
  /** The statement's cancel flag, checked before every page; null outside a JDBC statement. */
  private final java.util.concurrent.atomic.AtomicBoolean cancel;
  /** Opens the pages from the reading transaction's read set and pending writes (again on a restart). */
  private final java.util.function.BiFunction<io.dynasql.engine.api.ReadSet, PendingWrites, PageSource> opener;
  private PageSource pages;
  private long itemsRead;
  private long bytesRead;
  private double readUnits;
  private long returned;
  /** Pages fetched from the backend (its calls), and the nanoseconds spent fetching them: a source's label. */
  private long roundTrips;
  private long nanos;
  /** Whether a page was read: before that, the access has no record (as if it never ran). */
  private boolean started;
  /** Whether what this stream reads to its end is a whole partition the backend may remember the size of. */
  private boolean wholePartition;

  private ItemStream(DynamoSource source, AccessPath path, Binder binder, AccessReport report,
      java.util.concurrent.atomic.AtomicBoolean cancel,
      java.util.function.BiFunction<io.dynasql.engine.api.ReadSet, PendingWrites, PageSource> opener) {
    this.cancel = cancel;
    this.source = source;
    this.path = path;
    this.binder = binder;
    this.report = report;
    this.slot = report == null ? -1 : report.open();
    if (report != null) report.track(slot, this::record);
    this.opener = opener;
    this.pages = opener.apply(readSet(), pending());
  }

  static ItemStream open(DynamoSource source, AccessPath path, Binder binder, AccessReport report,
      java.util.concurrent.atomic.AtomicBoolean cancel) {
    ItemStream s = new ItemStream(source, path, binder, report, cancel,
        (readSet, pending) -> PageSource.of(source, path, binder, readSet, pending, cancel));
    // One partition key, no sort-key range, no limit, no transaction's writes merged in: reading
    // to the end reads the partition whole, so its items-read is the key's size.
    s.wholePartition = path.kind() == AccessKind.QUERY && path.partitionValues().size() == 1 && path.sort() == null
        && !path.limited() && s.pending() == null;
    return s;
  }

  /** An access labelled {@code path} whose pages {@code opener} makes (a lookup join's batch gets of whole keys). */
  static ItemStream over(DynamoSource source, AccessPath path, Binder binder, AccessReport report,
      java.util.concurrent.atomic.AtomicBoolean cancel,
      java.util.function.BiFunction<io.dynasql.engine.api.ReadSet, PendingWrites, PageSource> opener) {
    return new ItemStream(source, path, binder, report, cancel, opener);
  }

  /** The next page, unless the statement was canceled; its items handed to {@code sink} unless that is null. */
  private Page nextPage(ItemSink sink) {
    StatementCanceledException.check(cancel);
    long start = System.nanoTime();
    Page p = sink == null ? pages.next() : pages.next(sink);
    nanos += System.nanoTime() - start;
    if (p != null) roundTrips++;
    return p;
  }

  /** The next page, accounted for; on any failure (a cancel, a budget exceeded) the pages stop being read. */
  private Page nextAccounted(ItemSink sink) {
    try {
      Page p = nextPage(sink);
      if (p != null) account(p);
      return p;
    } catch (RuntimeException e) {
      pages.close();
      throw e;
    }
  }

  /**
   * One fetched page: the items it returned (none when only counting), how many matched, and
   * what reading it cost.
   */
  record Page(List<Map<String, AttributeValue>> items, long matched, long itemsRead, long bytesRead, double readUnits) {
    Page(List<Map<String, AttributeValue>> items, long itemsRead, long bytesRead, double readUnits) {
      this(items, items.size(), itemsRead, bytesRead, readUnits);
    }
  }

  /** Where pages come from; {@code next()} returns null when there are no more. */
  interface PageSource {
    Page next();

    /**
     * The next page with its items handed to {@code sink} rather than listed ({@link ItemSink});
     * null when there are no more. The default hands out {@link #next()}'s items; a source over a
     * local store has the store hand out each item as it decodes it.
     */
    default Page next(ItemSink sink) {
      Page p = next();
      if (p != null) for (Map<String, AttributeValue> item : p.items()) sink.accept(item);
      return p;
    }

    /** The distinct keys the pages ask the store for (a BATCH_GET's keys, a QUERY's partition keys); 0 for a SCAN. */
    default long keys() {
      return 0;
    }

    /** The segments of a parallel Scan the pages come from; 1 when not split. */
    default int segments() {
      return 1;
    }

    /** Stops reading (a parallel Scan's threads); nothing for most. */
    default void close() {
    }

    static PageSource of(DynamoSource source, AccessPath path, Binder binder, io.dynasql.engine.api.ReadSet readSet,
        PendingWrites pending, java.util.concurrent.atomic.AtomicBoolean cancel) {
      return PageSources.of(source, path, binder, readSet, pending, cancel);
    }
  }

  /** The reading transaction's uncommitted writes, or null. */
  private PendingWrites pending() {
    return report == null ? null : report.pendingWrites();
  }

  /** Where the statement records the versions of the items it reads, or null when it does not. */
  private io.dynasql.engine.api.ReadSet readSet() {
    return report == null ? null : report.readSet();
  }

  Iterator<Map<String, AttributeValue>> iterator() {
    return new Iterator<>() {
      /** The current page's items, handed out in place (not copied), and the next one's position. */
      private List<Map<String, AttributeValue>> page = List.of();
      private int next;
      private boolean done;

      @Override
      public boolean hasNext() {
        while (next == page.size() && !done) {
          Page p = nextAccounted(null);
          if (p == null) {
            done = true;
            page = List.of();
            observeWhole();
          } else {
            // read by position: a backend's list that is not an array is copied once
            page = p.items() instanceof java.util.RandomAccess ? p.items() : new java.util.ArrayList<>(p.items());
          }
          next = 0;
        }
        return next < page.size();
      }

      @Override
      public Map<String, AttributeValue> next() {
        if (!hasNext()) throw new NoSuchElementException();
        return page.get(next++);
      }
    };
  }

  /**
   * Hands the next page's items to {@code sink} ({@link ItemSink}: in a map that may be reused,
   * while the store reads them when it is local) and accounts for the page as {@link #iterator}
   * does; false, and nothing handed, when every page was read.
   */
  boolean push(ItemSink sink) {
    if (nextAccounted(sink) != null) return true;
    observeWhole();
    return false;
  }

  /** Reads every page and returns how many items matched (COUNT(*) pushed into the store). */
  long count() {
    long matched = 0;
    for (Page p = nextAccounted(null); p != null; p = nextAccounted(null)) matched += p.matched();
    observeWhole();
    returned(1);
    return matched;
  }

  /** Starts reading again from the beginning (Enumerator.reset). */
  Iterator<Map<String, AttributeValue>> restart() {
    wholePartition = false; // the items read now count the partition more than once
    pages.close();
    pages = opener.apply(readSet(), pending());
    return iterator();
  }

  /** Stops reading: what was read stays on the report. Idempotent. */
  void close() {
    pages.close();
  }

  /** Counts the rows handed out so far (read by the report when it is read, not published per row). */
  void returned(long n) {
    returned = n;
  }

  /** Tells the backend the size of the partition just read to its end (a QUERY on a hot key teaches the estimate). */
  private void observeWhole() {
    if (!wholePartition || !started) return;
    wholePartition = false;
    AttributeValue key = binder.bind(path.partitionValues().get(0));
    if (key != null) source.backend().observed(path.index(), key, itemsRead);
  }

  private void account(Page p) {
    itemsRead += p.itemsRead();
    bytesRead += p.bytesRead();
    readUnits += p.readUnits();
    started = true;
    if (report != null) report.fetched(p.itemsRead(), p.bytesRead(), "table " + path.table());
  }

  /** What this access has read and returned so far; null before anything was read. */
  private AccessRecord record() {
    if (!started && returned == 0) return null;
    String remote = source.sourceName();
    if (remote == null) return new AccessRecord(path.kind(), path.table(), path.index(), itemsRead, returned, bytesRead, readUnits, 0);
    return new AccessRecord(path.kind(), path.table(), path.index(), itemsRead, returned, bytesRead, readUnits, 0,
        new RemoteCall(remote, SourceOperation.of(path.kind(), pages.keys(), pages.segments()), roundTrips, nanos / 1_000_000));
  }
}
