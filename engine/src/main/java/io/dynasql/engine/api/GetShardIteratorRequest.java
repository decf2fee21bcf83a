package io.dynasql.engine.api;

import io.dynasql.engine.model.ShardIteratorType;

/**
 * GetShardIterator.
 *
 * @param sequenceNumber required with AT_SEQUENCE_NUMBER and AFTER_SEQUENCE_NUMBER, absent otherwise
 */
public record GetShardIteratorRequest(String streamArn, String shardId, ShardIteratorType shardIteratorType,
    String sequenceNumber) {
  /** An iterator of a type that takes no sequence number. */
  public static GetShardIteratorRequest of(String streamArn, String shardId, ShardIteratorType type) {
    return new GetShardIteratorRequest(streamArn, shardId, type, null);
  }
}
