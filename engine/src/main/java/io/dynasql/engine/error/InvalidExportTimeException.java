package io.dynasql.engine.error;

/** The ExportTime (or an incremental window) is in the future or outside the history kept. */
public class InvalidExportTimeException extends DynamoException {
  private static final long serialVersionUID = 1L;

  public InvalidExportTimeException(String message) {
    super(message);
  }

  @Override
  public String errorCode() {
    return "InvalidExportTimeException";
  }
}
