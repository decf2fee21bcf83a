package io.dynasql.engine.api;

/** GetShardIterator's answer: an iterator valid for 15 minutes. */
public record GetShardIteratorResponse(String shardIterator) {}
