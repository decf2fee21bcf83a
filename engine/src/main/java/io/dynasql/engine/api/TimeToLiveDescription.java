package io.dynasql.engine.api;

import io.dynasql.engine.model.TimeToLiveStatus;

/**
 * DescribeTimeToLive's answer (DynamoDB's TimeToLiveDescription).
 *
 * @param timeToLiveStatus ENABLED or DISABLED (the engine never reports the transitional states)
 * @param attributeName the TTL attribute while TTL is enabled; null when disabled, as DynamoDB
 *     leaves it out then
 */
public record TimeToLiveDescription(TimeToLiveStatus timeToLiveStatus, String attributeName) {}
