package io.dynasql.calcite;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The cancel flag of the statement being prepared on this thread, so that a cancel or a query
 * timeout also stops Calcite's planner (which checks the flag it finds in its context between
 * rule firings), not only the execution. Calcite's prepare receives no statement, only a
 * connection-wide context, so the driver lends the flag for the duration of its call.
 */
public final class PlanningCancel {
  private static final ThreadLocal<AtomicBoolean> CURRENT = new ThreadLocal<>();

  private PlanningCancel() {}

  /** Lends {@code flag} to plans prepared on this thread until {@link #end}; returns the one it replaces. */
  public static AtomicBoolean begin(AtomicBoolean flag) {
    AtomicBoolean prior = CURRENT.get();
    CURRENT.set(flag);
    return prior;
  }

  /** Restores the flag {@link #begin} replaced. */
  public static void end(AtomicBoolean prior) {
    if (prior == null) CURRENT.remove();
    else CURRENT.set(prior);
  }

  /** The flag lent to this thread, or null. */
  static AtomicBoolean current() {
    return CURRENT.get();
  }
}
