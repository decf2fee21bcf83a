package io.dynasql.engine.error;

/** The store failed for a reason that is not the caller's (I/O, LMDB). */
public class InternalServerError extends DynamoException {
  private static final long serialVersionUID = 1L;

  public InternalServerError(String message) {
    super(message);
  }

  public InternalServerError(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public String errorCode() {
    return "InternalServerError";
  }

  @Override
  public boolean retryable() {
    return true;
  }
}
