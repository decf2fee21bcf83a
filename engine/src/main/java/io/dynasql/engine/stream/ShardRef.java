package io.dynasql.engine.stream;

import io.dynasql.engine.api.SequenceNumberRange;
import io.dynasql.engine.api.Shard;
import io.dynasql.engine.catalog.StreamInfo;
import io.dynasql.engine.time.Micros;
import java.util.Locale;

/**
 * One shard: the records of one hash partition of the table during one period ("generation") of
 * its stream's life. Shards roll every {@link #PERIOD_MICROS}: the shard of a partition closes
 * and its child, naming it as parent, opens, so a consumer reading parents first keeps each
 * item's order. Disabling the stream closes its open shards.
 *
 * <p>DynamoDB does not document when it rolls shards (consumers are told only to follow
 * ParentShardId); four hours is our choice, long enough that a shard holds many records and
 * short enough that a 24-hour stream shows lineage.
 *
 * @param partition the table's logical partition (0 .. partitions-1)
 * @param generation the period of the stream's life, from 0
 */
public record ShardRef(StreamInfo stream, int partition, long generation) {
  public static final long PERIOD_MICROS = 4 * Micros.HOUR;
  /**
   * A rolled shard is reported closed only this long after its period ends: a write that read the
   * clock just before the end may still be committing, and a closed shard must not gain records.
   */
  static final long CLOSE_GRACE_MICROS = Micros.SECOND;

  /** First commit time the shard holds. */
  public long startMicros() {
    return stream.createdMicros() + generation * PERIOD_MICROS;
  }

  /** First commit time past the shard: its period's end, or the stream's end if sooner. */
  public long endMicros() {
    return Math.min(stream.createdMicros() + (generation + 1) * PERIOD_MICROS, stream.endMicros());
  }

  /**
   * Whether no record can be added any more at {@code nowMicros}: every shard of a disabled stream
   * (the disable committed after every record of the stream), or one whose period is over.
   */
  public boolean closed(long nowMicros) {
    return !stream.enabled() || endMicros() <= nowMicros - CLOSE_GRACE_MICROS;
  }

  /** DynamoDB's shape of id: "shardId-", the period's start in milliseconds (20 digits), "-", the partition (8 hex). */
  public String id() {
    return id(startMicros(), partition);
  }

  private static String id(long startMicros, int partition) {
    return String.format(Locale.ROOT, "shardId-%020d-%08x", startMicros / 1000, partition);
  }

  /** The shard of the same partition in the period before, or null for the first. */
  public String parentId() {
    return generation == 0 ? null : new ShardRef(stream, partition, generation - 1).id();
  }

  /** The sequence numbers whose time lies in the shard; open-ended while the shard is open. */
  public SequenceNumberRange range(long nowMicros) {
    String start = SequenceNumbers.format(startMicros(), 0);
    String end = closed(nowMicros) ? SequenceNumbers.format(endMicros() - 1, Long.MAX_VALUE) : null;
    return new SequenceNumberRange(start, end);
  }

  public Shard describe(long nowMicros) {
    return new Shard(id(), range(nowMicros), parentId());
  }

  /** The generation a shard id of {@code stream} names, or -1 when it names none. */
  static long generationOf(StreamInfo stream, String shardId, int partition) {
    if (shardId == null || shardId.length() != 37 || !shardId.startsWith("shardId-")) return -1;
    long startMillis;
    try {
      startMillis = Long.parseLong(shardId.substring(8, 28));
    } catch (NumberFormatException e) {
      return -1;
    }
    long g = Math.round((startMillis * 1000.0 - stream.createdMicros()) / PERIOD_MICROS);
    if (g < 0) return -1;
    return new ShardRef(stream, partition, g).id().equals(shardId) ? g : -1;
  }

  /** The partition a shard id names, or -1. */
  static int partitionOf(String shardId) {
    if (shardId == null || shardId.length() != 37) return -1;
    try {
      return Integer.parseInt(shardId.substring(29), 16);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
