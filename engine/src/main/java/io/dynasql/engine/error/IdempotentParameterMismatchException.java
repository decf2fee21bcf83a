package io.dynasql.engine.error;

/** A ClientRequestToken was reused with a different request. */
public final class IdempotentParameterMismatchException extends DynamoException {
  private static final long serialVersionUID = 1L;

  public IdempotentParameterMismatchException(String message) {
    super(message);
  }

  public IdempotentParameterMismatchException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public ErrorKind kind() {
    return ErrorKind.IDEMPOTENT_PARAMETER_MISMATCH;
  }
}
