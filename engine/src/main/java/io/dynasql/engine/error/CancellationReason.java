package io.dynasql.engine.error;

import io.dynasql.engine.model.AttributeValue;
import java.util.Map;

/**
 * Why one action of a cancelled transaction failed, in request order. {@code code} is
 * {@code "None"} for actions that did not fail, as DynamoDB reports them.
 *
 * @param code DynamoDB's reason code: None, ConditionalCheckFailed, ValidationError, ...
 * @param message what was wrong, or null for None
 * @param item the old item when ALL_OLD was asked on condition failure, else null
 */
public record CancellationReason(String code, String message, Map<String, AttributeValue> item) {
  /** The reason of an action that did not fail. */
  public static final CancellationReason NONE = new CancellationReason("None", null, null);
}
