package io.dynasql.engine.error;

/** A read asked for stream records older than the 24-hour retention, already trimmed. */
public class TrimmedDataAccessException extends DynamoException {
  private static final long serialVersionUID = 1L;

  public TrimmedDataAccessException(String message) {
    super(message);
  }

  @Override
  public String errorCode() {
    return "TrimmedDataAccessException";
  }
}
