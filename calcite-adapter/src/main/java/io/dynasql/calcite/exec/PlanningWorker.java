package io.dynasql.calcite.exec;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Runs a statement's preparation on a worker thread while the caller watches the statement's
 * cancel flag, so a cancel or query timeout returns control within {@value #POLL_MILLIS} ms even
 * where Calcite checks nothing: building the cheapest plan, generating and compiling code, and
 * loading classes, which together take about half a second for the first statement of a JVM.
 * The abandoned preparation stops at its planner's next cancel check or runs to its end; its
 * result is dropped. Only plan-cache misses come here, so the hand-off is small beside planning.
 */
final class PlanningWorker {
  static final long POLL_MILLIS = 10;
  private static final ExecutorService WORKERS = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "dynasql-planner");
    t.setDaemon(true); // an abandoned preparation must not keep the JVM alive
    t.setContextClassLoader(PlanningWorker.class.getClassLoader());
    return t;
  });

  /** The preparation left behind by the last cancel, which the next one waits for (the session is single-threaded). */
  private Future<?> abandoned;

  /** {@code work}'s result, or a {@link CancellationException} as soon as {@code cancel} is raised. */
  <T> T run(Supplier<T> work, AtomicBoolean cancel) {
    awaitAbandoned();
    if (cancel == null) return work.get();
    if (cancel.get()) throw canceled();
    Future<T> running = WORKERS.submit(work::get);
    while (true) {
      try {
        return running.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
      } catch (TimeoutException stillPlanning) {
        if (cancel.get()) {
          abandoned = running;
          throw canceled();
        }
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException r) throw r;
        if (cause instanceof Error err) throw err;
        throw new IllegalStateException("Preparing the statement failed: " + cause, cause);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        abandoned = running;
        throw canceled();
      }
    }
  }

  /** Lets an abandoned preparation finish before the session prepares again: it shares the session's state. */
  private void awaitAbandoned() {
    Future<?> left = abandoned;
    abandoned = null;
    if (left == null) return;
    try {
      left.get();
    } catch (ExecutionException | CancellationException ignored) {
      // its statement already failed with 57014 or HYT00; how the leftover ended does not matter
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static CancellationException canceled() {
    return new CancellationException("Statement canceled while it was being prepared");
  }
}
