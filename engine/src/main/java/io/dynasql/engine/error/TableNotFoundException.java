package io.dynasql.engine.error;

/**
 * The table named by a backup or restore request does not exist (DynamoDB's TableNotFoundException). Nothing was changed. A subclass of {@link ResourceNotFoundException}, so the SQL layer maps it
 * as it maps its parent.
 */
public final class TableNotFoundException extends ResourceNotFoundException {
  private static final long serialVersionUID = 1L;

  public TableNotFoundException(String message) {
    super(message);
  }

  @Override
  public ErrorKind kind() {
    return ErrorKind.TABLE_NOT_FOUND;
  }
}
