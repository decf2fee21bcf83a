package io.dynasql.calcite.stream;

import io.dynasql.engine.api.StreamEvent;

/**
 * One stream record and the shard it was read from (a record does not name its shard).
 *
 * @param shardId the shard
 * @param event the record as GetRecords returned it
 */
public record StreamChange(String shardId, StreamEvent event) {}
