package io.dynasql.engine.expr;

import io.dynasql.engine.model.AttributeValue;
import java.util.Objects;
import java.util.Optional;

/**
 * A query's key condition: equality on the partition key and at most one test on the sort key.
 * {@link KeyConditions#extract} derives one from a resolved KeyConditionExpression.
 *
 * @param partitionKey the partition key attribute
 * @param partitionValue the value it must equal
 * @param sortCondition the sort key test, or null when there is none
 */
public record KeyCondition(String partitionKey, AttributeValue partitionValue, SortKeyCondition sortCondition) {
  public KeyCondition {
    Objects.requireNonNull(partitionKey, "partitionKey");
    Objects.requireNonNull(partitionValue, "partitionValue");
  }

  /** The sort key test, if any. */
  public Optional<SortKeyCondition> sort() {
    return Optional.ofNullable(sortCondition);
  }
}
