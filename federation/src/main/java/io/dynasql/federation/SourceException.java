package io.dynasql.federation;

import io.dynasql.calcite.SqlState;

/**
 * A refused source statement or a source that cannot be reached, with the SQLState the driver
 * reports it under. Thrown before anything changed.
 */
public final class SourceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** SQLState of a source name that is not declared (PostgreSQL's undefined_object). */
  public static final String UNDEFINED = SqlState.UNDEFINED_OBJECT.code();
  /** SQLState of a source name that is declared already. */
  public static final String EXISTS = SqlState.DUPLICATE_OBJECT.code();
  /** SQLState of an option that is unknown, missing or has a bad value. */
  public static final String BAD_OPTION = SqlState.INVALID_ARGUMENT.code();
  /** SQLState of a statement that does not parse. */
  public static final String SYNTAX = SqlState.SYNTAX_ERROR.code();
  /** SQLState of a source that cannot be connected to (no driver, refused, unreachable). */
  public static final String CANNOT_CONNECT = SqlState.CONNECTION_FAILED.code();
  /** SQLState of a source name that is one of dynasql's own schemas (PostgreSQL's reserved_name). */
  public static final String RESERVED = SqlState.RESERVED_NAME.code();
  /** SQLState of a password that cannot be had safely (no variable, a file others can read). */
  public static final String CREDENTIALS = SqlState.INVALID_AUTHORIZATION.code();

  private final String sqlState;

  public SourceException(String sqlState, String message) {
    this(sqlState, message, null);
  }

  public SourceException(String sqlState, String message, Throwable cause) {
    super(message, cause);
    this.sqlState = sqlState;
  }

  /** The SQLState the driver reports this under. */
  public String sqlState() {
    return sqlState;
  }
}
