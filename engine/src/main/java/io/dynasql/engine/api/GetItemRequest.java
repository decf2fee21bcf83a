package io.dynasql.engine.api;

import io.dynasql.engine.model.AttributeValue;
import java.util.Map;

/**
 * GetItem: read one item by its full primary key.
 *
 * @param tableName table
 * @param key the full primary key
 * @param consistentRead strongly consistent (1 unit per 4 KB) or eventually (half)
 * @param projectionExpression attributes to return, or null for all
 * @param names placeholders of the projection, or null
 * @param readSet where to record the key and the version read (the SQL layer's optimistic
 *     concurrency), or null
 */
public record GetItemRequest(String tableName, Map<String, AttributeValue> key, boolean consistentRead,
    String projectionExpression, Map<String, String> names, ReadSet readSet) {

  public static GetItemRequest of(String tableName, Map<String, AttributeValue> key) {
    return new GetItemRequest(tableName, key, false, null, null, null);
  }

  public GetItemRequest withConsistentRead(boolean consistent) {
    return new GetItemRequest(tableName, key, consistent, projectionExpression, names, readSet);
  }

  public GetItemRequest withProjection(String projection, Map<String, String> placeholderNames) {
    return new GetItemRequest(tableName, key, consistentRead, projection, placeholderNames, readSet);
  }

  /** The same request, recording what it reads in {@code set}. */
  public GetItemRequest withReadSet(ReadSet set) {
    return new GetItemRequest(tableName, key, consistentRead, projectionExpression, names, set);
  }
}
