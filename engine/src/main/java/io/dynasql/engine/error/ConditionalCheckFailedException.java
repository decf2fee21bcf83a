package io.dynasql.engine.error;

import io.dynasql.engine.model.AttributeValue;
import java.util.Map;
import java.util.Optional;

/**
 * A condition expression evaluated to false; the write was not applied (but was still charged).
 * Carries the item as it was when the caller asked for it with
 * {@code ReturnValuesOnConditionCheckFailure = ALL_OLD}.
 */
public class ConditionalCheckFailedException extends DynamoException {
  private static final long serialVersionUID = 1L;
  private final transient Map<String, AttributeValue> item;

  public ConditionalCheckFailedException(String message, Map<String, AttributeValue> item) {
    super(message);
    this.item = item;
  }

  /** The item as it was, when requested and present. */
  public Optional<Map<String, AttributeValue>> item() {
    return Optional.ofNullable(item);
  }

  @Override
  public String errorCode() {
    return "ConditionalCheckFailedException";
  }
}
