package io.dynasql.engine.api;

import io.dynasql.engine.model.AttributeValue;
import java.util.Map;

/** One write of BatchWriteItem: exactly one of a put (whole item) or a delete (key). */
public record WriteRequest(Map<String, AttributeValue> putItem, Map<String, AttributeValue> deleteKey) {
  public static WriteRequest put(Map<String, AttributeValue> item) {
    return new WriteRequest(item, null);
  }

  public static WriteRequest delete(Map<String, AttributeValue> key) {
    return new WriteRequest(null, key);
  }
}
