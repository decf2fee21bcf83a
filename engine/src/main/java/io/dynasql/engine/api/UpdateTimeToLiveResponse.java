package io.dynasql.engine.api;

/** UpdateTimeToLive's answer: the setting now in force, as DynamoDB echoes it. */
public record UpdateTimeToLiveResponse(TimeToLiveSpecification timeToLiveSpecification) {}
