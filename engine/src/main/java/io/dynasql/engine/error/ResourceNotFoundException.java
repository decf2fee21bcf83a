package io.dynasql.engine.error;

/** The named table or index does not exist (or is not yet active). */
public class ResourceNotFoundException extends DynamoException {
  private static final long serialVersionUID = 1L;

  public ResourceNotFoundException(String message) {
    super(message);
  }

  public ResourceNotFoundException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public String errorCode() {
    return "ResourceNotFoundException";
  }

}
