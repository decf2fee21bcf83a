package io.dynasql.engine.api;

import io.dynasql.engine.model.AttributeValue;
import java.util.Map;

/**
 * Answer of GetItem, PutItem, UpdateItem and DeleteItem.
 *
 * @param item the item read, or the attributes asked for with ReturnValues; null when none
 * @param consumedCapacity units consumed
 */
public record ItemResponse(Map<String, AttributeValue> item, ConsumedCapacity consumedCapacity) {}
