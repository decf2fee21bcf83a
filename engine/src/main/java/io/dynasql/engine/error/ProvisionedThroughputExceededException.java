package io.dynasql.engine.error;

/** The request rate exceeded the table's provisioned capacity. */
public class ProvisionedThroughputExceededException extends DynamoException {
  private static final long serialVersionUID = 1L;

  public ProvisionedThroughputExceededException(String message) {
    super(message);
  }

  public ProvisionedThroughputExceededException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public String errorCode() {
    return "ProvisionedThroughputExceededException";
  }

  @Override
  public boolean retryable() {
    return true;
  }
}
