package io.dynasql.engine.api;

/**
 * DescribeStream.
 *
 * @param streamArn the stream
 * @param limit at most this many shards (1-100, default 100)
 * @param exclusiveStartShardId continue after this shard (a previous LastEvaluatedShardId)
 */
public record DescribeStreamRequest(String streamArn, Integer limit, String exclusiveStartShardId) {
  /** The stream and its first 100 shards. */
  public static DescribeStreamRequest of(String streamArn) {
    return new DescribeStreamRequest(streamArn, null, null);
  }
}
