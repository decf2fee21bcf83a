package io.dynasql.engine.changelog;

import io.dynasql.engine.store.LmdbStore;
import io.dynasql.engine.store.RangeCursor;
import io.dynasql.engine.store.Scratch;
import org.agrona.DirectBuffer;
import org.lmdbjava.Txn;

/**
 * Walks one table's change log in sequence order from a given sequence number, inside a
 * transaction the caller owns. The time and partition of a record are read without decoding its
 * images, so a shard reader skips other partitions' records cheaply.
 */
public final class LogCursor implements AutoCloseable {
  private final RangeCursor cursor;
  private long sequence;
  private byte[] value;

  /** The records of table keyspace {@code keyspace} with sequence {@code >= fromSequence}. */
  public LogCursor(LmdbStore store, Txn<DirectBuffer> txn, int keyspace, long fromSequence) {
    this.cursor = store.changes() == null ? null : new RangeCursor(store.changes(), txn,
        ChangeCodec.key(keyspace, fromSequence), ChangeCodec.key(keyspace + 1, 0), true);
  }

  /** Moves to the next record; false at the end of the table's log. */
  public boolean next() {
    if (cursor == null || !cursor.next()) return false;
    sequence = cursor.key().getLong(4, java.nio.ByteOrder.BIG_ENDIAN);
    value = Scratch.toArray(cursor.val());
    return true;
  }

  public long sequence() { return sequence; }

  public long micros() { return ChangeCodec.micros(value); }

  public int partition() { return ChangeCodec.partition(value); }

  /** The whole record, images decoded. */
  public ChangeRecord record() { return ChangeCodec.decode(sequence, value); }

  /**
   * The first sequence number of the table's records committed at or after {@code micros}, or
   * {@code Long.MAX_VALUE} when there is none yet: a binary search over the sequence numbers,
   * since commit times grow with them.
   */
  public static long firstAtOrAfter(LmdbStore store, Txn<DirectBuffer> txn, int keyspace, long micros) {
    // q(x): the first record at or after x is absent or committed at or after micros. It is false
    // then true as x grows, since commit times grow with sequence numbers: find its first true x.
    long lo = 0;
    long hi = lastSequence(store, txn) + 1;
    while (lo < hi) {
      long mid = lo + (hi - lo) / 2;
      try (LogCursor c = new LogCursor(store, txn, keyspace, mid)) {
        if (!c.next() || c.micros() >= micros) hi = mid;
        else lo = c.sequence() + 1; // every x up to that record has the same first record
      }
    }
    try (LogCursor c = new LogCursor(store, txn, keyspace, lo)) {
      return c.next() ? c.sequence() : Long.MAX_VALUE;
    }
  }

  /** The last sequence number given in the whole database (0 when none): LATEST reads after it. */
  public static long lastSequence(LmdbStore store, Txn<DirectBuffer> txn) {
    return LogHead.read(store, txn)[0];
  }

  @Override
  public void close() {
    if (cursor != null) cursor.close();
  }
}
