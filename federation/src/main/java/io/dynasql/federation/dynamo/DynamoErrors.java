package io.dynasql.federation.dynamo;

import io.dynasql.calcite.SqlState;
import io.dynasql.federation.SourceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/**
 * A DynamoDB source's failure as a {@link SourceException}: the message keeps the service's own
 * error type, and the SQLState follows it. A missing table is 42S02, a throttled request (after
 * the SDK's own retries) 40001 so that callers retry the transaction, a request the service
 * refuses as invalid 22023, refused credentials 28000. An endpoint that cannot be reached is
 * 08001 while a source is being declared, and HY000 while a query runs (as for JDBC sources), so
 * that a pool around dynasql does not discard a healthy dynasql connection.
 */
final class DynamoErrors {
  private DynamoErrors() {}

  /** Whether the failure happened declaring the source or running a statement. */
  enum Phase { CONNECT, QUERY }

  static SourceException of(SdkException e, String source, String operation, Phase phase) {
    String where = "Source " + source + ", " + operation + ": ";
    if (e instanceof DynamoDbException d && d.awsErrorDetails() != null) {
      String type = d.awsErrorDetails().errorCode();
      String message = where + type + ": " + d.awsErrorDetails().errorMessage();
      return new SourceException(state(type, phase), message, e);
    }
    if (e instanceof SdkClientException) {
      String state = phase == Phase.CONNECT ? SqlState.CONNECTION_FAILED.code() : SqlState.GENERAL_ERROR.code();
      return new SourceException(state, where + "cannot reach the endpoint: " + e.getMessage(), e);
    }
    return new SourceException(SqlState.GENERAL_ERROR.code(), where + e.getMessage(), e);
  }

  private static String state(String type, Phase phase) {
    if (type == null) return SqlState.GENERAL_ERROR.code();
    switch (type) {
      case "ResourceNotFoundException":
        return SqlState.TABLE_NOT_FOUND.code();
      case "ProvisionedThroughputExceededException":
      case "ThrottlingException":
      case "RequestLimitExceeded":
        return SqlState.SERIALIZATION_FAILURE.code();
      case "ValidationException":
        return SqlState.INVALID_ARGUMENT.code();
      case "UnrecognizedClientException":
      case "InvalidSignatureException":
      case "MissingAuthenticationTokenException":
      case "AccessDeniedException":
        return phase == Phase.CONNECT ? SqlState.INVALID_AUTHORIZATION.code() : SqlState.GENERAL_ERROR.code();
      default:
        return SqlState.GENERAL_ERROR.code();
    }
  }
}
