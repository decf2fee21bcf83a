package io.dynasql.engine.error;

/** Too many tables, indexes or concurrent control-plane operations. */
public class LimitExceededException extends DynamoException {
  private static final long serialVersionUID = 1L;

  public LimitExceededException(String message) {
    super(message);
  }

  public LimitExceededException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public String errorCode() {
    return "LimitExceededException";
  }

}
