package io.dynasql.engine.api;

import io.dynasql.engine.model.AttributeValue;
import java.util.List;
import java.util.Map;

/**
 * BatchGetItem's answer: items found per table (in no particular order, as DynamoDB), the keys
 * not read this time (past 16 MB of response), and units per table.
 */
public record BatchGetItemResponse(Map<String, List<Map<String, AttributeValue>>> responses,
    Map<String, KeysAndAttributes> unprocessedKeys, List<ConsumedCapacity> consumedCapacity) {}
