package io.dynasql.engine.api;

import io.dynasql.engine.model.AttributeValue;
import java.util.List;
import java.util.Map;

/**
 * One page of a Query or Scan.
 *
 * @param items the items that passed the filter (empty for Select COUNT)
 * @param count how many items passed the filter
 * @param scannedCount how many items were evaluated before the filter
 * @param lastEvaluatedKey where the next page starts, or null when this was the last page
 * @param consumedCapacity units consumed
 * @param bytesRead size of the items evaluated (DynamoDB item size), the basis of the units
 */
public record PageResponse(List<Map<String, AttributeValue>> items, int count, int scannedCount,
    Map<String, AttributeValue> lastEvaluatedKey, ConsumedCapacity consumedCapacity, long bytesRead) {}
