package io.dynasql.engine.error;

/** An item collection of a table with local secondary indexes would exceed 10 GB. */
public final class ItemCollectionSizeLimitExceededException extends DynamoException {
  private static final long serialVersionUID = 1L;

  public ItemCollectionSizeLimitExceededException(String message) {
    super(message);
  }

  public ItemCollectionSizeLimitExceededException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public ErrorKind kind() {
    return ErrorKind.ITEM_COLLECTION_SIZE_LIMIT_EXCEEDED;
  }
}
