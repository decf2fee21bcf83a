package io.dynasql.engine.error;

/** The table or index already exists, or is busy with another change. */
public sealed class ResourceInUseException extends DynamoException permits TableAlreadyExistsException {
  private static final long serialVersionUID = 1L;

  public ResourceInUseException(String message) {
    super(message);
  }

  public ResourceInUseException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public ErrorKind kind() {
    return ErrorKind.RESOURCE_IN_USE;
  }
}
