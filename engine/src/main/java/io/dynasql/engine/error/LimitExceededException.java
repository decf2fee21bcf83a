package io.dynasql.engine.error;

/** Too many tables, indexes or concurrent control-plane operations. */
public final class LimitExceededException extends DynamoException {
  private static final long serialVersionUID = 1L;

  public LimitExceededException(String message) {
    super(message);
  }

  public LimitExceededException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public ErrorKind kind() {
    return ErrorKind.LIMIT_EXCEEDED;
  }
}
