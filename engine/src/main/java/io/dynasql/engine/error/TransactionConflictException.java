package io.dynasql.engine.error;

/** Another transaction is changing the same item. */
public final class TransactionConflictException extends DynamoException {
  private static final long serialVersionUID = 1L;

  public TransactionConflictException(String message) {
    super(message);
  }

  public TransactionConflictException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public ErrorKind kind() {
    return ErrorKind.TRANSACTION_CONFLICT;
  }
}
