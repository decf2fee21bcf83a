package io.dynasql.engine.stream;

import io.dynasql.engine.api.GetShardIteratorRequest;
import io.dynasql.engine.changelog.ChangeLog;
import io.dynasql.engine.changelog.LogCursor;
import io.dynasql.engine.error.TrimmedDataAccessException;
import io.dynasql.engine.error.ValidationException;
import io.dynasql.engine.model.ShardIteratorType;
import io.dynasql.engine.ops.Engine;
import org.agrona.DirectBuffer;
import org.lmdbjava.Txn;

/** Where a new shard iterator starts in the change log, by its type. */
final class IteratorStart {
  private IteratorStart() {}

  static long position(Engine engine, Txn<DirectBuffer> txn, StreamLookup l, ShardRef shard,
      GetShardIteratorRequest r, long nowMicros) {
    ShardIteratorType type = r.shardIteratorType();
    boolean needsNumber = type == ShardIteratorType.AT_SEQUENCE_NUMBER || type == ShardIteratorType.AFTER_SEQUENCE_NUMBER;
    if (needsNumber != (r.sequenceNumber() != null)) {
      throw new ValidationException(needsNumber
          ? "SequenceNumber is required with ShardIteratorType " + type
          : "SequenceNumber must not be given with ShardIteratorType " + type);
    }
    long next = LogCursor.lastSequence(engine.store(), txn) + 1;
    long horizon = nowMicros - ChangeLog.RETENTION_MICROS;
    switch (type) {
      case LATEST:
        return next;
      case TRIM_HORIZON: {
        long first = LogCursor.firstAtOrAfter(engine.store(), txn, l.table().keyspace(), Math.max(shard.startMicros(), horizon));
        return Math.min(first, next);
      }
      default: {
        SequenceNumbers.Parts p = SequenceNumbers.parse(r.sequenceNumber());
        if (p.micros() < shard.startMicros() || p.micros() >= shard.endMicros()) {
          throw new ValidationException("Invalid SequenceNumber " + r.sequenceNumber() + ": not in the range of shard "
              + shard.id() + " of stream " + l.arn());
        }
        if (p.micros() < horizon) {
          throw new TrimmedDataAccessException("SequenceNumber " + r.sequenceNumber() + " of shard " + shard.id()
              + " is older than the stream's 24-hour retention: its record was trimmed");
        }
        checkRecord(engine, txn, l, shard, p, r.sequenceNumber());
        if (type == ShardIteratorType.AT_SEQUENCE_NUMBER || p.sequence() == Long.MAX_VALUE) return p.sequence();
        return p.sequence() + 1;
      }
    }
  }

  /**
   * A sequence number of a record still in the log must be that record's: of this shard's
   * partition and with its commit time. (One of a trimmed record cannot be checked; its time
   * decides.)
   */
  private static void checkRecord(Engine engine, Txn<DirectBuffer> txn, StreamLookup l, ShardRef shard,
      SequenceNumbers.Parts p, String text) {
    try (LogCursor c = new LogCursor(engine.store(), txn, l.table().keyspace(), p.sequence())) {
      if (c.next() && c.sequence() == p.sequence() && (c.partition() != shard.partition() || c.micros() != p.micros())) {
        throw new ValidationException("Invalid SequenceNumber " + text + ": it is not a record of shard " + shard.id()
            + " of stream " + l.arn());
      }
    }
  }
}
