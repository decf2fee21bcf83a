package io.dynasql.engine.error;

/** The request rate exceeded the table's provisioned capacity. */
public final class ProvisionedThroughputExceededException extends DynamoException {
  private static final long serialVersionUID = 1L;

  public ProvisionedThroughputExceededException(String message) {
    super(message);
  }

  public ProvisionedThroughputExceededException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public ErrorKind kind() {
    return ErrorKind.PROVISIONED_THROUGHPUT_EXCEEDED;
  }
}
