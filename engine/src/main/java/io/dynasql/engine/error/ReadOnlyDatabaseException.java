package io.dynasql.engine.error;

/**
 * A write to a database opened read-only ({@code DatabaseOptions.readOnly}). DynamoDB's nearest
 * kind is AccessDeniedException: the request is well formed but not allowed here.
 */
public final class ReadOnlyDatabaseException extends DynamoException {
  private static final long serialVersionUID = 1L;

  public ReadOnlyDatabaseException(String message) {
    super(message);
  }

  @Override
  public ErrorKind kind() {
    return ErrorKind.READ_ONLY_DATABASE;
  }
}
