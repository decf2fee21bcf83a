package io.dynasql.engine.error;

/**
 * Root of every error the engine reports. Each subclass is named after the DynamoDB error it
 * mirrors, so callers (and the JDBC driver's SQLState mapping) switch on type, not on text.
 */
public abstract class DynamoException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  protected DynamoException(String message) {
    super(message);
  }

  protected DynamoException(String message, Throwable cause) {
    super(message, cause);
  }

  /** DynamoDB's error name, e.g. {@code ValidationException}. */
  public abstract String errorCode();

  /** Whether DynamoDB clients would retry this error. */
  public boolean retryable() {
    return false;
  }
}
