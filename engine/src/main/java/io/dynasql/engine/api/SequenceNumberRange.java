package io.dynasql.engine.api;

/**
 * The sequence numbers a shard's records can have.
 *
 * @param endingSequenceNumber null while the shard is open (can still receive records)
 */
public record SequenceNumberRange(String startingSequenceNumber, String endingSequenceNumber) {}
