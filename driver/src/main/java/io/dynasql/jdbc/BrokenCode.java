package io.dynasql.jdbc;

import java.sql.SQLException;

/**
 * Remembers how a statement's generated code failed in its static initialiser. Calcite hoists
 * constant expressions ({@code 1/0}, {@code CAST('x' AS INTEGER)}) into static fields of the class
 * it compiles for a plan, so evaluating them fails the class's initialisation: the first run
 * throws ExceptionInInitializerError, and every later run of the same plan NoClassDefFoundError
 * without the cause. A later run is answered with the first run's error, so a retry fails the
 * same way.
 */
final class BrokenCode {
  private SQLException first;

  /** What {@code e}, the failure of one execution, means to the caller. */
  SQLException explain(SQLException e) {
    if (has(e, NoClassDefFoundError.class)) {
      if (first != null) return SqlStates.ofState(first.getMessage(), first.getSQLState(), e);
    } else if (has(e, ExceptionInInitializerError.class)) {
      first = e;
    }
    return e;
  }

  /** Whether a plan that failed with {@code e} must not run again: its class cannot be initialised. */
  static boolean broken(Throwable e) {
    return has(e, ExceptionInInitializerError.class) || has(e, NoClassDefFoundError.class);
  }

  private static boolean has(Throwable e, Class<? extends Throwable> kind) {
    for (Throwable c = e; c != null; c = c.getCause()) if (kind.isInstance(c)) return true;
    return false;
  }
}
