package io.dynasql.pushdown.backend;

import io.dynasql.engine.model.AttributeValue;
import java.util.List;
import java.util.Map;

/**
 * What one call to a {@link TableBackend} returned and what it cost: the basis of the access's
 * label (items read, bytes, read units) and of where the next call starts.
 *
 * @param items the items returned (empty when counting)
 * @param matched how many items passed the filter (the count, when counting)
 * @param itemsRead items the store evaluated, before its filter
 * @param bytesRead their DynamoDB item size
 * @param readUnits read request units consumed
 * @param lastEvaluatedKey where the next Query or Scan page starts, or null after the last page
 * @param unprocessedKeys the keys a batch read left for another call (empty otherwise)
 */
public record ReadPage(List<Map<String, AttributeValue>> items, long matched, long itemsRead, long bytesRead,
    double readUnits, Map<String, AttributeValue> lastEvaluatedKey, List<Map<String, AttributeValue>> unprocessedKeys) {
  public ReadPage {
    unprocessedKeys = unprocessedKeys == null ? List.of() : unprocessedKeys;
  }

  /** A page of a Query or Scan. */
  public static ReadPage range(List<Map<String, AttributeValue>> items, long matched, long itemsRead, long bytesRead,
      double readUnits, Map<String, AttributeValue> lastEvaluatedKey) {
    return new ReadPage(items, matched, itemsRead, bytesRead, readUnits, lastEvaluatedKey, List.of());
  }
}
