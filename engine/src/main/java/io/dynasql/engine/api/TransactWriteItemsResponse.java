package io.dynasql.engine.api;

import java.util.List;

/** TransactWriteItems' answer: units per table (twice the plain write units). */
public record TransactWriteItemsResponse(List<ConsumedCapacity> consumedCapacity) {}
