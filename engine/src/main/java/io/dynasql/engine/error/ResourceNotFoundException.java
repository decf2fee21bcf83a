package io.dynasql.engine.error;

/** The named table or index does not exist (or is not yet active). */
public sealed class ResourceNotFoundException extends DynamoException permits BackupNotFoundException, TableNotFoundException {
  private static final long serialVersionUID = 1L;

  public ResourceNotFoundException(String message) {
    super(message);
  }

  public ResourceNotFoundException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public ErrorKind kind() {
    return ErrorKind.RESOURCE_NOT_FOUND;
  }
}
