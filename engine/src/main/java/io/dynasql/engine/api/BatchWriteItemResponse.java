package io.dynasql.engine.api;

import java.util.List;
import java.util.Map;

/** BatchWriteItem's answer: writes not applied this time (to resend), and units per table. */
public record BatchWriteItemResponse(Map<String, List<WriteRequest>> unprocessedItems,
    List<ConsumedCapacity> consumedCapacity) {}
