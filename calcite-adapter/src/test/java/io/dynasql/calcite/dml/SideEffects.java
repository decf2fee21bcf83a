package io.dynasql.calcite.dml;

/**
 * A SQL function for tests that does something to the database while a query reads it: public,
 * because Calcite's generated code calls it from another class loader.
 */
public final class SideEffects {
  private static volatile Runnable action = () -> { };

  private SideEffects() {}

  /** Runs {@code a} when {@link #run} sees the row whose number is 1. */
  static void onFirstRow(Runnable a) {
    action = a;
  }

  /** The function: always true, so it filters nothing. */
  public static boolean run(long rowNumber) {
    if (rowNumber == 1) action.run();
    return true;
  }
}
