package io.dynasql.engine.api;

import io.dynasql.engine.model.KeySchema;
import io.dynasql.engine.model.StreamStatus;
import io.dynasql.engine.model.StreamViewType;
import java.time.Instant;
import java.util.List;

/**
 * DescribeStream's answer (DynamoDB's StreamDescription).
 *
 * @param shards shards by age, then partition; a closed shard has an ending sequence number
 * @param lastEvaluatedShardId where the next page of shards starts, or null when this is the last
 */
public record StreamDescription(String streamArn, String streamLabel, StreamStatus streamStatus,
    StreamViewType streamViewType, Instant creationRequestDateTime, String tableName, KeySchema keySchema,
    List<Shard> shards, String lastEvaluatedShardId) {
  public StreamDescription {
    shards = List.copyOf(shards);
  }
}
