package io.dynasql.pushdown.backend;

import io.dynasql.engine.api.ReadSet;
import io.dynasql.engine.model.AttributeValue;
import java.util.List;
import java.util.Map;

/**
 * A BatchGetItem on one table: up to {@link #MAX_KEYS} full primary keys.
 *
 * @param keys the full primary keys, distinct
 * @param consistent strongly consistent reads
 * @param readSet where the store records each key and the version read, or null
 */
public record BatchRead(List<Map<String, AttributeValue>> keys, boolean consistent, ReadSet readSet) {
  /** DynamoDB's limit of keys per BatchGetItem call. */
  public static final int MAX_KEYS = 100;

  public BatchRead {
    keys = List.copyOf(keys);
    if (keys.isEmpty() || keys.size() > MAX_KEYS) {
      throw new IllegalArgumentException("A batch read takes 1 to " + MAX_KEYS + " keys, not " + keys.size());
    }
  }
}
