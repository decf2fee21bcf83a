package io.dynasql.engine.error;

/**
 * The kind of a {@link DynamoException}, one constant per concrete class of its sealed hierarchy,
 * with the DynamoDB error type it is reported as and whether DynamoDB's SDKs retry it. Callers
 * that map engine errors (the driver's SQLStates, an HTTP front end's error types) switch over
 * this enum, so the compiler tells them when a kind is added.
 *
 * <p>Error types and retry behaviour follow
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Programming.Errors.html
 */
public enum ErrorKind {
  CONDITIONAL_CHECK_FAILED("ConditionalCheckFailedException", false),
  EXPIRED_ITERATOR("ExpiredIteratorException", false),
  IDEMPOTENT_PARAMETER_MISMATCH("IdempotentParameterMismatchException", false),
  INTERNAL_SERVER_ERROR("InternalServerError", true),
  /** Reported as DynamoDB's InternalServerError, but not retried: the same bytes fail again. */
  DAMAGED_DATA("InternalServerError", false),
  INVALID_EXPORT_TIME("InvalidExportTimeException", false),
  ITEM_COLLECTION_SIZE_LIMIT_EXCEEDED("ItemCollectionSizeLimitExceededException", false),
  LIMIT_EXCEEDED("LimitExceededException", false),
  PROVISIONED_THROUGHPUT_EXCEEDED("ProvisionedThroughputExceededException", true),
  /** A write to a read-only database: well formed but not allowed here, as AccessDenied is. */
  READ_ONLY_DATABASE("AccessDeniedException", false),
  RESOURCE_IN_USE("ResourceInUseException", false),
  TABLE_ALREADY_EXISTS("TableAlreadyExistsException", false),
  RESOURCE_NOT_FOUND("ResourceNotFoundException", false),
  BACKUP_NOT_FOUND("BackupNotFoundException", false),
  TABLE_NOT_FOUND("TableNotFoundException", false),
  TRANSACTION_CANCELED("TransactionCanceledException", false),
  TRANSACTION_CONFLICT("TransactionConflictException", true),
  TRIMMED_DATA_ACCESS("TrimmedDataAccessException", false),
  VALIDATION("ValidationException", false),
  INVALID_RESTORE_TIME("InvalidRestoreTimeException", false),
  POINT_IN_TIME_RECOVERY_UNAVAILABLE("PointInTimeRecoveryUnavailableException", false);

  private final String errorType;
  private final boolean retryable;

  ErrorKind(String errorType, boolean retryable) {
    this.errorType = errorType;
    this.retryable = retryable;
  }

  /** DynamoDB's error type name, e.g. {@code ValidationException}. */
  public String errorType() {
    return errorType;
  }

  /** Whether DynamoDB clients would retry an error of this kind. */
  public boolean retryable() {
    return retryable;
  }
}
