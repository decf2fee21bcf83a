package io.dynasql.engine.error;

/**
 * A restore time outside the table's window, EarliestRestorableDateTime to LatestRestorableDateTime. Nothing was changed. A subclass of {@link ValidationException}, so the SQL layer maps it
 * as it maps its parent.
 */
public final class InvalidRestoreTimeException extends ValidationException {
  private static final long serialVersionUID = 1L;

  public InvalidRestoreTimeException(String message) {
    super(message);
  }

  @Override
  public ErrorKind kind() {
    return ErrorKind.INVALID_RESTORE_TIME;
  }
}
