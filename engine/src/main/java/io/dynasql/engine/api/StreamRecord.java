package io.dynasql.engine.api;

import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.StreamViewType;
import java.time.Instant;
import java.util.Map;

/**
 * The body of a stream record (DynamoDB's StreamRecord).
 *
 * @param approximateCreationDateTime commit time, rounded down to the second
 * @param keys the item's key attributes
 * @param newImage the item after the change, when the view type carries it and there is one
 * @param oldImage the item before the change, when the view type carries it and there was one
 * @param sequenceNumber a numeric string, strictly increasing with commit order
 * @param sizeBytes the record's size (see the stream reader for the rule)
 */
public record StreamRecord(Instant approximateCreationDateTime, Map<String, AttributeValue> keys,
    Map<String, AttributeValue> newImage, Map<String, AttributeValue> oldImage, String sequenceNumber,
    long sizeBytes, StreamViewType streamViewType) {}
