package io.dynasql.pushdown;

import io.dynasql.engine.model.AttributeValue;
import io.dynasql.pushdown.backend.ReadPage;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The pages of a parallel Scan: one thread per segment reads its segment page after page (each
 * page from the previous one's LastEvaluatedKey) and hands the pages over as they come, in no
 * particular order. The hand-over holds at most one page per segment, so a thread that is ahead
 * waits for the reader: the table is streamed, never gathered. The threads start with the first
 * page asked for and stop at the end, on the first error (which the reader gets), on a cancel,
 * and on {@link #close}.
 */
final class SegmentedScan implements ItemStream.PageSource {
  /** How often a reader waiting for a page looks at the statement's cancel flag. */
  private static final long CANCEL_CHECK_MS = 100;

  /** One call of the Scan: page {@code start} (null: the first) of segment {@code segment}. */
  interface SegmentReader {
    ReadPage read(int segment, Map<String, AttributeValue> start);
  }

  /** A segment read to its end. */
  private record Finished(int segment) {}

  /** A segment's call that failed: the reader throws it. */
  private record Failed(RuntimeException error) {}

  private final int segments;
  private final SegmentReader reader;
  private final AtomicBoolean cancel;
  private final String table;
  private final BlockingQueue<Object> handOver;
  private ExecutorService workers;
  private int finished;
  private volatile boolean closed;

  /**
   * @param table the table's name, for the threads' names
   * @param cancel the statement's cancel flag, or null
   */
  SegmentedScan(String table, int segments, SegmentReader reader, AtomicBoolean cancel) {
    this.table = table;
    this.segments = segments;
    this.reader = reader;
    this.cancel = cancel;
    this.handOver = new ArrayBlockingQueue<>(segments);
  }

  @Override
  public int segments() {
    return segments;
  }

  @Override
  public ItemStream.Page next() {
    if (closed) return null;
    if (workers == null) start();
    while (finished < segments) {
      Object o = take();
      if (o instanceof ItemStream.Page p) return p;
      if (o instanceof Failed f) {
        close();
        throw f.error();
      }
      finished++;
    }
    close();
    return null;
  }

  private void start() {
    workers = Executors.newFixedThreadPool(segments, new java.util.concurrent.ThreadFactory() {
      private int n;

      @Override
      public Thread newThread(Runnable r) {
        Thread t = new Thread(r, "dynasql-scan-" + table + "-" + (n++));
        t.setDaemon(true); // a statement left open must not keep the JVM alive
        return t;
      }
    });
    for (int s = 0; s < segments; s++) {
      int segment = s;
      workers.execute(() -> read(segment));
    }
    workers.shutdown(); // the threads end with their segments
  }

  /** A segment's thread: its pages, then Finished (or Failed); returns quietly when the scan is closed. */
  private void read(int segment) {
    try {
      Map<String, AttributeValue> start = null;
      do {
        if (closed || (cancel != null && cancel.get())) return;
        ReadPage r = reader.read(segment, start);
        start = r.lastEvaluatedKey();
        handOver.put(new ItemStream.Page(r.items(), r.matched(), r.itemsRead(), r.bytesRead(), r.readUnits()));
      } while (start != null);
      handOver.put(new Finished(segment));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // closed while waiting to hand a page over
    } catch (RuntimeException e) {
      if (closed) return;
      try {
        handOver.put(new Failed(e));
      } catch (InterruptedException stopped) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** The next thing a segment handed over, looking at the cancel flag while none comes. */
  private Object take() {
    while (true) {
      try {
        StatementCanceledException.check(cancel);
        Object o = handOver.poll(CANCEL_CHECK_MS, TimeUnit.MILLISECONDS);
        if (o != null) return o;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        close();
        throw new StatementCanceledException();
      } catch (RuntimeException e) {
        close();
        throw e;
      }
    }
  }

  /** Stops every segment: threads waiting to hand a page over or in a call are interrupted. Idempotent. */
  @Override
  public void close() {
    if (closed) return;
    closed = true;
    if (workers != null) workers.shutdownNow();
    handOver.clear();
  }
}
