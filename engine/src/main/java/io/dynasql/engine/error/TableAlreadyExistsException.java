package io.dynasql.engine.error;

/**
 * The target table of a restore exists already; restores create new tables only. Nothing was changed. A subclass of {@link ResourceInUseException}, so the SQL layer maps it
 * as it maps its parent.
 */
public final class TableAlreadyExistsException extends ResourceInUseException {
  private static final long serialVersionUID = 1L;

  public TableAlreadyExistsException(String message) {
    super(message);
  }

  @Override
  public ErrorKind kind() {
    return ErrorKind.TABLE_ALREADY_EXISTS;
  }
}
