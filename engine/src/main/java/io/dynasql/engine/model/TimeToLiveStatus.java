package io.dynasql.engine.model;

/**
 * A table's TTL status as DescribeTimeToLive reports it (DynamoDB's TimeToLiveStatus). DynamoDB
 * also reports ENABLING and DISABLING while a change propagates; the engine applies a change at
 * once, so it reports only ENABLED and DISABLED (the values are here for clients that switch on
 * every documented one).
 */
public enum TimeToLiveStatus {
  ENABLING, DISABLING, ENABLED, DISABLED
}
