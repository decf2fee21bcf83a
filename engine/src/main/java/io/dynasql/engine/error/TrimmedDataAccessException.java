package io.dynasql.engine.error;

/** A read asked for stream records older than the 24-hour retention, already trimmed. */
public final class TrimmedDataAccessException extends DynamoException {
  private static final long serialVersionUID = 1L;

  public TrimmedDataAccessException(String message) {
    super(message);
  }

  @Override
  public ErrorKind kind() {
    return ErrorKind.TRIMMED_DATA_ACCESS;
  }
}
