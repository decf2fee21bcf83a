package io.dynasql.engine.api;

/**
 * One shard of a stream: the records of one hash partition of the table over one period of the
 * stream's life.
 *
 * @param parentShardId the shard of the same partition in the period before, or null for the first
 */
public record Shard(String shardId, SequenceNumberRange sequenceNumberRange, String parentShardId) {}
