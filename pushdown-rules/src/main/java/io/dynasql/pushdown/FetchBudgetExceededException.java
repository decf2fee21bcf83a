package io.dynasql.pushdown;

/**
 * A statement passed its {@link FetchBudget}: refused at planning, or stopped while reading.
 * The driver reports it with SQLState 54000 (program limit exceeded).
 */
public final class FetchBudgetExceededException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public FetchBudgetExceededException(String message) {
    super(message);
  }
}
