package io.dynasql.engine.ttl;

import io.dynasql.engine.TtlDelay;
import io.dynasql.engine.ops.Engine;
import java.time.Duration;
import java.time.Instant;

/**
 * The background sweeper of a database whose policy has one, started only when there is
 * something to sweep: at open when the catalog has a table with TTL enabled, or when this
 * database's UpdateTimeToLive enables it on one. A database without TTL tables (most of them)
 * runs no thread. Once started the thread runs until the database closes, even if TTL is
 * disabled again (it then sweeps nothing, at the schedule's pace).
 */
public final class BackgroundSweeper implements AutoCloseable {
  private final Sweeper sweeper;
  private final Engine engine;
  private final TtlDelay delay;
  private final String name;
  private final Object lock = new Object();
  private SweeperThread thread;
  private boolean closed;

  public BackgroundSweeper(Sweeper sweeper, Engine engine, TtlDelay delay, String name) {
    this.sweeper = sweeper;
    this.engine = engine;
    this.delay = delay;
    this.name = name;
    engine.ttlHints().onEnabled(this::start);
    boolean anyTtl = engine.store().read(txn ->
        engine.catalog().tables(txn).values().stream().anyMatch(t -> t.ttlAttribute() != null));
    if (anyTtl) start();
  }

  /** Starts the thread unless it runs already or the database is closing; idempotent. */
  void start() {
    synchronized (lock) {
      if (thread != null || closed) return;
      thread = new SweeperThread(sweeper, engine.ttlHints(), engine.clock(), delay, name);
      lock.notifyAll();
    }
  }

  /** Whether the thread runs (some table had TTL enabled while this database was open). */
  public boolean started() {
    synchronized (lock) {
      return thread != null;
    }
  }

  /**
   * Waits (real time, at most {@code timeout}) until a sweep that began at or after {@code from}
   * by the clock has finished, first waiting for the thread to start if no table has TTL yet;
   * false on timeout.
   */
  public boolean awaitSweepFrom(Instant from, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    SweeperThread t;
    synchronized (lock) {
      while (thread == null && !closed) {
        long left = (deadline - System.nanoTime()) / 1_000_000;
        if (left <= 0) return false;
        try {
          lock.wait(left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return false;
        }
      }
      if (thread == null) return false;
      t = thread;
    }
    return t.awaitSweepFrom(from, Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
  }

  /** Stops the thread if it was started; idempotent. */
  @Override
  public void close() {
    SweeperThread t;
    synchronized (lock) {
      closed = true;
      t = thread;
      lock.notifyAll();
    }
    engine.ttlHints().onEnabled(() -> { });
    if (t != null) t.close();
  }
}
