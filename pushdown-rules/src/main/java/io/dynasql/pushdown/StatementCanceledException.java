package io.dynasql.pushdown;

/**
 * Stops a running access because its statement's cancel flag (Calcite's
 * {@code DataContext.Variable.CANCEL_FLAG}) was raised, by {@code Statement.cancel()} or a query
 * timeout. Checked at every row and page, so a long SCAN or a join that re-reads a table stops
 * promptly; Calcite's own operators never look at the flag.
 */
public final class StatementCanceledException extends RuntimeException {
  StatementCanceledException() {
    super("Statement canceled");
  }

  /** Throws when {@code flag} (which may be null outside a JDBC statement) is raised. */
  static void check(java.util.concurrent.atomic.AtomicBoolean flag) {
    if (flag != null && flag.get()) throw new StatementCanceledException();
  }
}
