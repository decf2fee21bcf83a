package io.dynasql.engine.api;

import io.dynasql.engine.model.AttributeValue;
import java.util.List;
import java.util.Map;

/** TransactGetItems' answer: one entry per request, in order, null where no item exists. */
public record TransactGetItemsResponse(List<Map<String, AttributeValue>> items,
    List<ConsumedCapacity> consumedCapacity) {}
