package io.dynasql.calcite;

import io.dynasql.engine.error.ResourceNotFoundException;

/**
 * Recognises the failure of a plan made before a table it reads was dropped or created again:
 * the store refuses a read of a table that is no longer the one planned (ResourceNotFoundException
 * somewhere in the chain), and the caller plans the statement afresh.
 */
public final class StalePlans {
  private StalePlans() {}

  /** Whether {@code e} says a table the plan read is gone or was replaced. */
  public static boolean tableReplaced(Throwable e) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof ResourceNotFoundException) return true;
    }
    return false;
  }
}
