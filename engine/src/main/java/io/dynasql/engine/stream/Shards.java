package io.dynasql.engine.stream;

import io.dynasql.engine.catalog.StreamInfo;
import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.changelog.ChangeLog;
import io.dynasql.engine.error.ResourceNotFoundException;
import java.util.ArrayList;
import java.util.List;

/**
 * Which shards a stream has at a given time: one per partition of the table for every period
 * from the oldest one still holding untrimmed records (24 hours) to the current one, or to the
 * one the stream ended in.
 */
final class Shards {
  private Shards() {}

  /** The stream's shards at {@code nowMicros}, oldest period first, then by partition. */
  static List<ShardRef> of(TableDescriptor t, StreamInfo s, long nowMicros) {
    List<ShardRef> out = new ArrayList<>();
    long last = lastGeneration(s, nowMicros);
    for (long g = firstGeneration(s, nowMicros); g <= last; g++) {
      for (int p = 0; p < t.partitions(); p++) out.add(new ShardRef(s, p, g));
    }
    return out;
  }

  /** The shard {@code shardId} of the stream, or ResourceNotFoundException naming it. */
  static ShardRef find(TableDescriptor t, StreamInfo s, String shardId, long nowMicros) {
    int p = ShardRef.partitionOf(shardId);
    long g = p < 0 || p >= t.partitions() ? -1 : ShardRef.generationOf(s, shardId, p);
    if (g < firstGeneration(s, nowMicros) || g > lastGeneration(s, nowMicros)) {
      throw new ResourceNotFoundException("Requested resource not found: Shard: " + shardId + " of stream "
          + s.label() + " of table " + t.name() + " not found");
    }
    return new ShardRef(s, p, g);
  }

  /** The oldest period whose shards may still hold a record younger than 24 hours. */
  private static long firstGeneration(StreamInfo s, long nowMicros) {
    long horizon = nowMicros - ChangeLog.RETENTION_MICROS;
    if (horizon <= s.createdMicros()) return 0;
    // The shard of period g ends at created + (g + 1) × period; it is gone once that is at or before the horizon.
    return (horizon - s.createdMicros()) / ShardRef.PERIOD_MICROS;
  }

  private static long lastGeneration(StreamInfo s, long nowMicros) {
    long until = s.enabled() ? nowMicros : Math.min(nowMicros, s.endMicros() - 1);
    if (until <= s.createdMicros()) return 0;
    return (until - s.createdMicros()) / ShardRef.PERIOD_MICROS;
  }

  /** Whether an ended stream is past its 24 hours of readability. */
  static boolean expired(StreamInfo s, long nowMicros) {
    return !s.enabled() && s.endMicros() <= nowMicros - ChangeLog.RETENTION_MICROS;
  }
}
