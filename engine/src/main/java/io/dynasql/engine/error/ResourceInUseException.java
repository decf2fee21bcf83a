package io.dynasql.engine.error;

/** The table or index already exists, or is busy with another change. */
public class ResourceInUseException extends DynamoException {
  private static final long serialVersionUID = 1L;

  public ResourceInUseException(String message) {
    super(message);
  }

  public ResourceInUseException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public String errorCode() {
    return "ResourceInUseException";
  }

}
