package io.dynasql.engine.error;

/**
 * Point-in-time recovery is not enabled on the table a restore names, or an export at a past time
 * (or of a window of changes) asks for history the change log does not hold for the table.
 * Nothing was changed. A subclass of {@link ValidationException}, so the SQL layer maps it as it
 * maps its parent.
 */
public final class PointInTimeRecoveryUnavailableException extends ValidationException {
  private static final long serialVersionUID = 1L;

  public PointInTimeRecoveryUnavailableException(String message) {
    super(message);
  }

  @Override
  public ErrorKind kind() {
    return ErrorKind.POINT_IN_TIME_RECOVERY_UNAVAILABLE;
  }
}
