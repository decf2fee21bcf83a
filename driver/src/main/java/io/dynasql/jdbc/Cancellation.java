package io.dynasql.jdbc;

import io.dynasql.calcite.SqlState;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A statement's cancel and query timeout. Both raise the statement's cancel flag, which the
 * planner checks between rule firings, the store accesses at every row and page
 * ({@code StatementCanceledException}), and the operators above them at every row they take in.
 * A canceled call fails with 57014, a timed-out one with SQLTimeoutException HYT00; the timeout
 * bounds each call (an execution, a {@code next()}).
 */
final class Cancellation {
  private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "dynasql-query-timeout");
    t.setDaemon(true);
    return t;
  });

  private final AtomicBoolean flag = new AtomicBoolean();
  private volatile boolean canceled;
  private boolean timedOut;
  /** Identifies the armed timer, so that one firing late does nothing. */
  private long armed;
  /**
   * Raises the flag again and again once the statement was canceled or timed out, until the call
   * ends, so that no step of the call can lower it and lose the stop.
   */
  private ScheduledFuture<?> insisting;

  /** The flag the running call checks. */
  AtomicBoolean flag() {
    return flag;
  }

  /** A new execution: lowers the flag. */
  synchronized void start() {
    flag.set(false);
    canceled = false;
    timedOut = false;
    stopInsisting();
  }

  /** From any thread: stops the running call, if any, at its next row. */
  void cancel() {
    canceled = true;
    flag.set(true);
    insist();
  }

  private synchronized void expire(long id) {
    if (id != armed) return;
    timedOut = true;
    flag.set(true);
    insist();
  }

  /** Keeps the flag raised every {@value #INSIST_MILLIS} ms until the call ends ({@link #start} or disarm). */
  private synchronized void insist() {
    if (insisting != null) return;
    insisting = TIMER.scheduleAtFixedRate(() -> flag.set(true), INSIST_MILLIS, INSIST_MILLIS, TimeUnit.MILLISECONDS);
  }

  private synchronized void stopInsisting() {
    if (insisting != null) insisting.cancel(false);
    insisting = null;
  }

  private static final long INSIST_MILLIS = 20;

  /**
   * When the caller's execute began (System.nanoTime), for the next {@link #run}; 0 for "now".
   * SQL text is parsed and its names resolved before the call is run, and the timeout counts
   * from execute, as JDBC's setQueryTimeout says.
   */
  private long clockStart;

  /** The next {@link #run}'s timeout counts from {@code nanos} rather than from when it starts. */
  synchronized void clockFrom(long nanos) {
    clockStart = nanos;
  }

  /** Nanoseconds left of {@code seconds} for the call about to run; consumes {@link #clockFrom}. */
  private synchronized long timeLeft(int seconds) {
    long total = TimeUnit.SECONDS.toNanos(seconds);
    long spent = clockStart == 0 ? 0 : System.nanoTime() - clockStart;
    clockStart = 0;
    return Math.max(0, total - spent);
  }

  /** Runs {@code call} with the timeout ({@code seconds}, 0 for none) armed; maps a stop it caused. */
  <T> T run(int seconds, SqlCall<T> call) throws SQLException {
    ScheduledFuture<?> timer = null;
    if (seconds <= 0) timeLeft(0); // nothing to count; forget where the clock started
    if (seconds > 0) {
      long id;
      synchronized (this) {
        id = ++armed;
      }
      timer = TIMER.schedule(() -> expire(id), timeLeft(seconds), TimeUnit.NANOSECONDS);
    }
    try {
      T result = call.call();
      disarm(timer, true);
      return result;
    } catch (SQLException | RuntimeException | Error e) { // Errors too: code that fails in its static initialiser
      disarm(timer, false);
      synchronized (this) {
        if (timedOut) throw new SQLTimeoutException("Statement timed out after " + seconds + " s (setQueryTimeout)", SqlState.TIMEOUT.code(), e);
      }
      if (canceled) throw new SQLException("Statement canceled", SqlState.CANCELED.code(), e);
      throw e instanceof SQLException s ? s : SqlStates.of(e);
    }
  }

  /** Stops the timer; one that fired after the call had done its work leaves the flag lowered. */
  private synchronized void disarm(ScheduledFuture<?> timer, boolean succeeded) {
    stopInsisting();
    if (timer == null) return;
    timer.cancel(false);
    armed++;
    if (succeeded && timedOut && !canceled) {
      timedOut = false;
      flag.set(false);
    }
  }

  /** A call that may fail. */
  @FunctionalInterface
  interface SqlCall<T> {
    T call() throws SQLException;
  }
}
