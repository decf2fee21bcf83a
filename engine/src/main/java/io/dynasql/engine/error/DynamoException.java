package io.dynasql.engine.error;

/**
 * Root of every error the engine reports. Each subclass is named after the DynamoDB error it
 * mirrors, so callers (and the JDBC driver's SQLState mapping) switch on type, not on text.
 */
public abstract sealed class DynamoException extends RuntimeException
    permits ConditionalCheckFailedException, ExpiredIteratorException, IdempotentParameterMismatchException,
        InternalServerError, InvalidExportTimeException, ItemCollectionSizeLimitExceededException,
        LimitExceededException, ProvisionedThroughputExceededException, ReadOnlyDatabaseException,
        ResourceInUseException, ResourceNotFoundException, TransactionCanceledException,
        TransactionConflictException, TrimmedDataAccessException, ValidationException {
  private static final long serialVersionUID = 1L;

  protected DynamoException(String message) {
    super(message);
  }

  protected DynamoException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Which concrete error this is; mappings switch over it exhaustively. */
  public abstract ErrorKind kind();

  /** DynamoDB's error name, e.g. {@code ValidationException}. */
  public final String errorCode() {
    return kind().errorType();
  }

  /** Whether DynamoDB clients would retry this error. */
  public final boolean retryable() {
    return kind().retryable();
  }
}
