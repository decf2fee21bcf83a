package io.dynasql.engine.error;

/** A shard iterator was used more than 15 minutes after it was handed out. */
public final class ExpiredIteratorException extends DynamoException {
  private static final long serialVersionUID = 1L;

  public ExpiredIteratorException(String message) {
    super(message);
  }

  @Override
  public ErrorKind kind() {
    return ErrorKind.EXPIRED_ITERATOR;
  }
}
