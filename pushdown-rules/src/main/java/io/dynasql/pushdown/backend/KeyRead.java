package io.dynasql.pushdown.backend;

import io.dynasql.engine.api.ReadSet;
import io.dynasql.engine.model.AttributeValue;
import java.util.Map;

/**
 * A GetItem: one item by its full primary key.
 *
 * @param key the full primary key
 * @param consistent strongly consistent (a full read unit per 4 KB) or eventually (half)
 * @param readSet where the store records the key and the version read, or null
 */
public record KeyRead(Map<String, AttributeValue> key, boolean consistent, ReadSet readSet) {
  public KeyRead {
    key = Map.copyOf(key);
  }
}
