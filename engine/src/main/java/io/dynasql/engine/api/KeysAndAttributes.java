package io.dynasql.engine.api;

import io.dynasql.engine.model.AttributeValue;
import java.util.List;
import java.util.Map;

/** BatchGetItem's request for one table: keys to read, consistency, projection. */
public record KeysAndAttributes(List<Map<String, AttributeValue>> keys, boolean consistentRead,
    String projectionExpression, Map<String, String> names) {
  public KeysAndAttributes {
    keys = List.copyOf(keys);
  }

  public static KeysAndAttributes of(List<Map<String, AttributeValue>> keys) {
    return new KeysAndAttributes(keys, false, null, null);
  }
}
