package io.dynasql.calcite;

/**
 * A stored item holds, under a column, a value the column's declared type cannot show (N 3.7
 * under BIGINT, S "abc" under BIGINT): reading it is an error naming the table, the item's key
 * and the column, SQLState {@value #SQL_STATE}, rather than a NULL that SUM and COUNT would skip.
 */
public final class StoredMisfitException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Invalid character value for cast: the stored value is not of the column's kind. */
  public static final String SQL_STATE = SqlState.INVALID_CHARACTER_VALUE.code();

  StoredMisfitException(String message) {
    super(message);
  }
}
