package io.dynasql.engine.error;

/**
 * Point-in-time recovery is not enabled on the table a restore names. Nothing was changed. A subclass of {@link ValidationException}, so the SQL layer maps it
 * as it maps its parent.
 */
public class PointInTimeRecoveryUnavailableException extends ValidationException {
  private static final long serialVersionUID = 1L;

  public PointInTimeRecoveryUnavailableException(String message) {
    super(message);
  }

  @Override
  public String errorCode() {
    return "PointInTimeRecoveryUnavailableException";
  }
}
