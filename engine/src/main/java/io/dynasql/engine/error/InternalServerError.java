package io.dynasql.engine.error;

/** The store failed for a reason that is not the caller's (I/O, LMDB). */
public sealed class InternalServerError extends DynamoException permits DamagedDataException {
  private static final long serialVersionUID = 1L;

  public InternalServerError(String message) {
    super(message);
  }

  public InternalServerError(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public ErrorKind kind() {
    return ErrorKind.INTERNAL_SERVER_ERROR;
  }
}
