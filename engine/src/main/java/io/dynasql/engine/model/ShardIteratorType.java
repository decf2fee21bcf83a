package io.dynasql.engine.model;

/** Where a shard iterator starts reading (GetShardIterator's ShardIteratorType). */
public enum ShardIteratorType {
  /** At the oldest record still in the shard (not yet trimmed). */
  TRIM_HORIZON,
  /** Just after the most recent record: only changes made from now on. */
  LATEST,
  /** At the record with the given sequence number. */
  AT_SEQUENCE_NUMBER,
  /** Just after the record with the given sequence number. */
  AFTER_SEQUENCE_NUMBER
}
