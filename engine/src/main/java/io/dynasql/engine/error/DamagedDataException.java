package io.dynasql.engine.error;

/**
 * Stored data failed a check: a value whose checksum does not match, bytes that do not decode, a
 * database file that is truncated, emptied or not a dynasql database. Reported instead of
 * returning wrong data; the message names the file, table or key. DynamoDB's type for it is
 * InternalServerError.
 */
public non-sealed class DamagedDataException extends InternalServerError {
  private static final long serialVersionUID = 1L;

  public DamagedDataException(String message) {
    super(message);
  }

  public DamagedDataException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public final ErrorKind kind() { // final: refinements in the store are still damaged data
    return ErrorKind.DAMAGED_DATA;
  }
}
