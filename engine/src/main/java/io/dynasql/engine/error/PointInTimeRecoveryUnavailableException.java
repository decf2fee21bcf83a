package io.dynasql.engine.error;

/**
 * An export at a past time, or of a window of changes, asks for history the change log does not
 * hold for the table (DynamoDB: point-in-time recovery is not enabled, or not for that long).
 */
public class PointInTimeRecoveryUnavailableException extends DynamoException {
  private static final long serialVersionUID = 1L;

  public PointInTimeRecoveryUnavailableException(String message) {
    super(message);
  }

  @Override
  public String errorCode() {
    return "PointInTimeRecoveryUnavailableException";
  }
}
