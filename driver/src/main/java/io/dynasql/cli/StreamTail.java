package io.dynasql.cli;

import io.dynasql.calcite.ItemJson;
import io.dynasql.calcite.stream.StreamChange;
import io.dynasql.calcite.stream.StreamCursor;
import io.dynasql.engine.api.StreamRecord;
import io.dynasql.engine.time.SimulatedClock;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Prints a table's stream records as they come: reads every shard to what exists now, then
 * again each second of {@code clock}'s time. It waits on a monitor that a {@link SimulatedClock}
 * wakes when moved, re-reading the clock at least once a second of real time, so tests advance
 * the clock instead of sleeping.
 */
final class StreamTail {
  /** How often the stream is read again. */
  static final Duration INTERVAL = Duration.ofSeconds(1);
  private final StreamCursor cursor;
  private final Clock clock;
  private final PrintStream out;
  private final Object lock = new Object();

  StreamTail(StreamCursor cursor, Clock clock, PrintStream out) {
    this.cursor = cursor;
    this.clock = clock;
    this.out = out;
  }

  /** Prints what the stream holds from the cursor's position now; returns how many records. */
  int once() {
    int n = 0;
    for (StreamChange c : cursor.poll()) {
      out.println(line(c));
      n++;
    }
    out.flush();
    return n;
  }

  /**
   * Reads {@code polls} times (Long.MAX_VALUE: until interrupted), at {@code start} and then a
   * second of the clock apart; a read that falls behind is not made up for with a burst.
   */
  void follow(Instant start, long polls) throws InterruptedException {
    AutoCloseable listener = clock instanceof SimulatedClock s ? s.onAdvance(this::wake) : null;
    try {
      Instant due = start;
      for (long i = 0; i < polls; i++) {
        awaitClock(due);
        once();
        due = later(due.plus(INTERVAL), clock.instant().minus(INTERVAL));
      }
    } finally {
      if (listener != null) close(listener);
    }
  }

  private void awaitClock(Instant due) throws InterruptedException {
    synchronized (lock) {
      while (clock.instant().isBefore(due)) {
        long left = Duration.between(clock.instant(), due).toMillis();
        lock.wait(Math.max(1, Math.min(INTERVAL.toMillis(), left)));
      }
    }
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private void wake() {
    synchronized (lock) {
      lock.notifyAll();
    }
  }

  private static void close(AutoCloseable c) {
    try {
      c.close();
    } catch (Exception e) {
      throw new IllegalStateException("could not stop listening to the clock", e);
    }
  }

  /** One record: time, event, keys, the images the view type carries, shard and sequence number. */
  static String line(StreamChange c) {
    StreamRecord r = c.event().dynamodb();
    StringBuilder sb = new StringBuilder();
    sb.append(r.approximateCreationDateTime()).append(' ').append(c.event().eventName())
        .append(" keys=").append(ItemJson.of(r.keys()));
    if (r.newImage() != null) sb.append(" new=").append(ItemJson.of(r.newImage()));
    if (r.oldImage() != null) sb.append(" old=").append(ItemJson.of(r.oldImage()));
    sb.append(" shard=").append(c.shardId()).append(" seq=").append(r.sequenceNumber());
    return sb.toString();
  }
}
