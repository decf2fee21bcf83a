package io.dynasql.engine.api;

/**
 * UpdateTimeToLive's answer: the setting now in force, as DynamoDB echoes it (a disable without
 * the attribute name).
 */
public record UpdateTimeToLiveResponse(TimeToLiveSpecification timeToLiveSpecification) {}
