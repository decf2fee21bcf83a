package io.dynasql.engine.api;

import io.dynasql.engine.model.OperationType;

/**
 * One stream record as GetRecords returns it (DynamoDB's Record; named so it does not shadow
 * {@code java.lang.Record}).
 *
 * @param eventID unique per record
 * @param eventVersion the record format's version, "1.1"
 * @param eventSource "aws:dynamodb"
 * @param awsRegion the database's region
 * @param userIdentity null for a user's change; the DynamoDB service for a TTL deletion
 */
public record StreamEvent(String eventID, OperationType eventName, String eventVersion, String eventSource,
    String awsRegion, StreamRecord dynamodb, Identity userIdentity) {}
