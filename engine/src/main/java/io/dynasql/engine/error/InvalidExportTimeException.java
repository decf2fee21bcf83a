package io.dynasql.engine.error;

/** The ExportTime (or an incremental window) is in the future or outside the history kept. */
public final class InvalidExportTimeException extends DynamoException {
  private static final long serialVersionUID = 1L;

  public InvalidExportTimeException(String message) {
    super(message);
  }

  @Override
  public ErrorKind kind() {
    return ErrorKind.INVALID_EXPORT_TIME;
  }
}
