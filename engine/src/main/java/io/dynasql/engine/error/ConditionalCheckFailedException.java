package io.dynasql.engine.error;

import io.dynasql.engine.api.ConsumedCapacity;
import io.dynasql.engine.model.AttributeValue;
import java.util.Map;
import java.util.Optional;

/**
 * A condition expression evaluated to false; the write was not applied (but was still charged).
 * Carries the item as it was when the caller asked for it with
 * {@code ReturnValuesOnConditionCheckFailure = ALL_OLD}.
 */
public final class ConditionalCheckFailedException extends DynamoException {
  private static final long serialVersionUID = 1L;
  private final transient Map<String, AttributeValue> item;
  private final transient ConsumedCapacity consumedCapacity;

  public ConditionalCheckFailedException(String message, Map<String, AttributeValue> item) {
    this(message, item, null);
  }

  public ConditionalCheckFailedException(String message, Map<String, AttributeValue> item, ConsumedCapacity consumedCapacity) {
    super(message);
    this.item = item;
    this.consumedCapacity = consumedCapacity;
  }

  /** The units the failed write was still charged, as DynamoDB charges them. */
  public Optional<ConsumedCapacity> consumedCapacity() {
    return Optional.ofNullable(consumedCapacity);
  }

  /** The item as it was, when requested and present. */
  public Optional<Map<String, AttributeValue>> item() {
    return Optional.ofNullable(item);
  }

  @Override
  public ErrorKind kind() {
    return ErrorKind.CONDITIONAL_CHECK_FAILED;
  }
}
