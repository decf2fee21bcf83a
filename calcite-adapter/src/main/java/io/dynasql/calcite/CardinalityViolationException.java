package io.dynasql.calcite;

/**
 * A scalar subquery that returned more than one row (SQLState {@link SqlState#CARDINALITY_VIOLATION},
 * 21000). Thrown by the single-value aggregate ({@link SingleValue}) that every plan computes a
 * scalar subquery with, so the driver tells this error by its type: Calcite's own check throws a
 * plain IllegalStateException that only its message tells apart.
 */
public final class CardinalityViolationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CardinalityViolationException() {
    // PostgreSQL's words for the same error
    super("more than one row returned by a subquery used as an expression");
  }

  /** The state the driver reports. */
  public SqlState sqlState() {
    return SqlState.CARDINALITY_VIOLATION;
  }
}
