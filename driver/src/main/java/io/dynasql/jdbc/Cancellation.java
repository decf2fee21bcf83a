package io.dynasql.jdbc;

import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.calcite.avatica.AvaticaStatement;

/**
 * A statement's cancel and query timeout. Both raise the cancel flag of the Calcite statement
 * running, which the store accesses check at every row ({@code StatementCanceledException}):
 * Avatica's own {@code cancel()} cannot serve, since it waits for the running execution's lock
 * and leaves the flag raised for good. A canceled call fails with 57014, a timed-out one with
 * SQLTimeoutException HYT00; the timeout bounds each call (an execution, a {@code next()}).
 */
final class Cancellation {
  private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "dynasql-query-timeout");
    t.setDaemon(true);
    return t;
  });

  private volatile AtomicBoolean flag;
  private volatile boolean canceled;
  private boolean timedOut;
  /** Identifies the armed timer, so that one firing late does nothing. */
  private long armed;
  /**
   * Raises the flag again and again once the statement was canceled or timed out, until the call
   * ends: Calcite lowers the flag when the execution proper starts, so a stop that came while the
   * statement was still being planned would otherwise be lost.
   */
  private ScheduledFuture<?> insisting;

  /** A new execution on {@code calcite} (null when no Calcite statement runs it): lowers the flag. */
  synchronized void start(Statement calcite) throws SQLException {
    AtomicBoolean f = null;
    if (calcite != null) {
      AvaticaStatement a = calcite.unwrap(AvaticaStatement.class);
      try {
        f = a.connection.getCancelFlag(a.handle);
      } catch (org.apache.calcite.avatica.NoSuchStatementException e) {
        throw SqlStates.of(e);
      }
      f.set(false);
    }
    flag = f;
    canceled = false;
    timedOut = false;
    stopInsisting();
  }

  /** From any thread: stops the running call, if any, at its next row. */
  void cancel() {
    canceled = true;
    AtomicBoolean f = flag;
    if (f != null) f.set(true);
    insist();
  }

  private synchronized void expire(long id) {
    if (id != armed || flag == null) return;
    timedOut = true;
    flag.set(true);
    insist();
  }

  /** Keeps the flag raised every {@value #INSIST_MILLIS} ms until the call ends ({@link #start} or disarm). */
  private synchronized void insist() {
    if (insisting != null || flag == null) return;
    AtomicBoolean f = flag;
    insisting = TIMER.scheduleAtFixedRate(() -> f.set(true), INSIST_MILLIS, INSIST_MILLIS, TimeUnit.MILLISECONDS);
  }

  private synchronized void stopInsisting() {
    if (insisting != null) insisting.cancel(false);
    insisting = null;
  }

  private static final long INSIST_MILLIS = 20;

  /** Runs {@code call} with the timeout ({@code seconds}, 0 for none) armed; maps a stop it caused. */
  Object run(int seconds, Delegating.SqlCall call) throws SQLException {
    ScheduledFuture<?> timer = null;
    if (seconds > 0) {
      long id;
      synchronized (this) {
        id = ++armed;
      }
      timer = TIMER.schedule(() -> expire(id), seconds, TimeUnit.SECONDS);
    }
    java.util.concurrent.atomic.AtomicBoolean planning = io.dynasql.calcite.PlanningCancel.begin(flag);
    try {
      Object result = call.call();
      disarm(timer, true);
      return result;
    } catch (SQLException | RuntimeException e) {
      disarm(timer, false);
      synchronized (this) {
        if (timedOut) throw new SQLTimeoutException("Statement timed out after " + seconds + " s (setQueryTimeout)", "HYT00", e);
      }
      if (canceled) throw new SQLException("Statement canceled", "57014", e);
      throw e instanceof SQLException s ? s : SqlStates.of(e);
    } finally {
      io.dynasql.calcite.PlanningCancel.end(planning);
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
      if (flag != null) flag.set(false);
    }
  }
}
