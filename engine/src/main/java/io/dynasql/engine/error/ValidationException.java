package io.dynasql.engine.error;

/** The request is malformed or breaks a documented limit; nothing was changed. */
public sealed class ValidationException extends DynamoException permits InvalidRestoreTimeException, PointInTimeRecoveryUnavailableException {
  private static final long serialVersionUID = 1L;

  public ValidationException(String message) {
    super(message);
  }

  public ValidationException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public ErrorKind kind() {
    return ErrorKind.VALIDATION;
  }
}
