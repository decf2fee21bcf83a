package io.dynasql.federation;

/**
 * A refused source statement or a source that cannot be reached, with the SQLState the driver
 * reports it under. Thrown before anything changed.
 */
public final class SourceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** SQLState of a source name that is not declared (PostgreSQL's undefined_object). */
  public static final String UNDEFINED = "42704";
  /** SQLState of a source name that is declared already. */
  public static final String EXISTS = "42710";
  /** SQLState of an option that is unknown, missing or has a bad value. */
  public static final String BAD_OPTION = "22023";
  /** SQLState of a statement that does not parse. */
  public static final String SYNTAX = "42601";
  /** SQLState of a source that cannot be connected to (no driver, refused, unreachable). */
  public static final String CANNOT_CONNECT = "08001";
  /** SQLState of a source name that is one of dynasql's own schemas (PostgreSQL's reserved_name). */
  public static final String RESERVED = "42939";
  /** SQLState of a password that cannot be had safely (no variable, a file others can read). */
  public static final String CREDENTIALS = "28000";

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
