package io.dynasql.engine.ttl;

import io.dynasql.engine.TtlDelay;
import io.dynasql.engine.api.SweepReport;
import io.dynasql.engine.time.Micros;
import io.dynasql.engine.time.SimulatedClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * The background sweeper: a daemon thread that sweeps when {@link SweepSchedule} says, by the
 * engine's clock. It waits on a monitor that an earlier expiry hint, a move of a
 * {@link SimulatedClock} and {@link #close()} all wake, and re-reads the clock at least once a
 * second of real time (a system clock can jump). Tests advance the simulated clock and call
 * {@link #awaitSweepFrom} instead of sleeping.
 */
public final class SweeperThread implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(SweeperThread.class.getName());
  /** Longest real-time wait before the clock is read again. */
  private static final long MAX_WAIT_MILLIS = 1000;
  /**
   * After a sweep the thread rests this many times as long as the sweep took (real time), so
   * sweeping takes at most about a tenth of a core: an immediate sweeper over a big table whose
   * items expire second after second would otherwise scan it without pause.
   */
  private static final int REST_FACTOR = 9;

  private final Sweeper sweeper;
  private final ExpiryHints hints;
  private final Clock clock;
  private final TtlDelay delay;
  private final Thread thread;
  private final AutoCloseable clockListener;
  private final Object lock = new Object();
  private boolean closed;
  /** When the last finished sweep began (its judging time), or Long.MIN_VALUE before the first. */
  private long lastSweepMicros = Long.MIN_VALUE;
  /**
   * When the last sweep, finished or failed, began: the schedule counts from it, so a sweep that
   * keeps failing (a damaged table) is retried on the schedule, not in a loop.
   */
  private long lastAttemptMicros = Long.MIN_VALUE;
  /** System.nanoTime() before which no sweep starts (the rest after the last one). */
  private long restUntilNanos = System.nanoTime();

  public SweeperThread(Sweeper sweeper, ExpiryHints hints, Clock clock, TtlDelay delay, String name) {
    this.sweeper = sweeper;
    this.hints = hints;
    this.clock = clock;
    this.delay = delay;
    hints.onEarlier(this::wake);
    this.clockListener = clock instanceof SimulatedClock s ? s.onAdvance(this::wake) : null;
    this.thread = new Thread(this::loop, "dynasql-ttl-" + name);
    thread.setDaemon(true);
    thread.start();
  }

  private void loop() {
    while (awaitDue()) {
      long started = System.nanoTime();
      long attempt = Micros.now(clock);
      try {
        SweepReport r = sweeper.sweep();
        synchronized (lock) {
          lastSweepMicros = Micros.of(r.now());
          lastAttemptMicros = lastSweepMicros;
          restUntilNanos = System.nanoTime() + REST_FACTOR * (System.nanoTime() - started);
          lock.notifyAll();
        }
      } catch (RuntimeException e) {
        if (isClosed()) return;
        LOG.log(System.Logger.Level.WARNING, "TTL sweep failed; it is tried again on the sweeper's schedule", e);
        synchronized (lock) {
          lastAttemptMicros = attempt;
          restUntilNanos = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MAX_WAIT_MILLIS);
        }
      }
    }
  }

  /** Waits until a sweep is due; false once closed. */
  private boolean awaitDue() {
    synchronized (lock) {
      while (!closed) {
        long due = SweepSchedule.nextDue(delay, lastAttemptMicros, hints.earliest());
        long now = Micros.now(clock);
        long rest = (restUntilNanos - System.nanoTime()) / 1_000_000;
        if (now >= due && rest <= 0) return true;
        long wait = now >= due ? rest : Math.max(rest, (due - now) / 1000);
        try {
          lock.wait(Math.max(1, Math.min(MAX_WAIT_MILLIS, wait)));
        } catch (InterruptedException e) {
          closed = true;
        }
      }
      return false;
    }
  }

  /**
   * Waits (real time, at most {@code timeout}) until a sweep that began at or after {@code from}
   * by the clock has finished; false on timeout.
   */
  public boolean awaitSweepFrom(Instant from, Duration timeout) {
    long want = Micros.of(from);
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (lock) {
      lock.notifyAll(); // the sweeper may be waiting on a schedule the caller just changed
      while (lastSweepMicros < want && !closed) {
        long left = (deadline - System.nanoTime()) / 1_000_000;
        if (left <= 0) return false;
        try {
          lock.wait(left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return false;
        }
      }
      return lastSweepMicros >= want;
    }
  }

  private void wake() {
    synchronized (lock) {
      lock.notifyAll();
    }
  }

  private boolean isClosed() {
    synchronized (lock) {
      return closed;
    }
  }

  /** Stops the thread, waiting for a sweep in progress to end; idempotent. */
  @Override
  public void close() {
    sweeper.stop();
    synchronized (lock) {
      closed = true;
      lock.notifyAll();
    }
    hints.onEarlier(() -> { });
    try {
      if (clockListener != null) clockListener.close();
      thread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      throw new IllegalStateException("cannot stop listening to the clock", e);
    }
  }
}
