package io.dynasql.engine.api;

import io.dynasql.engine.model.AttributeValue;
import java.util.Map;

/** One read of TransactGetItems. */
public record TransactGet(String tableName, Map<String, AttributeValue> key,
    String projectionExpression, Map<String, String> names) {
  public static TransactGet of(String tableName, Map<String, AttributeValue> key) {
    return new TransactGet(tableName, key, null, null);
  }
}
