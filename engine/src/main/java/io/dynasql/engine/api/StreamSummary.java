package io.dynasql.engine.api;

/** One stream in ListStreams' answer (DynamoDB's Stream). */
public record StreamSummary(String streamArn, String tableName, String streamLabel) {}
