package io.dynasql.engine.changelog;

import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.codec.ByteWriter;
import io.dynasql.engine.codec.KeyCodec;
import io.dynasql.engine.codec.PartitionHash;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.store.LmdbStore;
import io.dynasql.engine.store.RangeCursor;
import io.dynasql.engine.store.Scratch;
import io.dynasql.engine.time.Micros;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.agrona.DirectBuffer;
import org.lmdbjava.Txn;

/**
 * The writer's side of the change log: every committed change to an item of a table with a
 * stream or with point-in-time recovery appends one record in the write transaction of the
 * change, so log and data commit or vanish together (LMDB's single writer gives the total order,
 * its commit the crash atomicity). Other tables never reach the log. Records older than the
 * table's retention are trimmed lazily, a bounded batch at a time, by later appends of the same
 * table (readers hide them at once, by the clock): {@link #RETENTION_MICROS} for streams, and for
 * a table with point-in-time recovery its recovery period, and then only records its recovery
 * base covers (see {@link RetentionFloor}).
 *
 * <p>Writer thread only. A group's task may run again in a new transaction after an abort, so the
 * head (last sequence and time) is cached per transaction object and reloaded from LMDB for a new
 * one; nothing outside the transaction changes.
 */
public final class ChangeLog {
  /** Streams keep 24 hours of records. */
  public static final long RETENTION_MICROS = 24 * Micros.HOUR;
  /** How often one table's log is checked for records to trim, and how many go at once. */
  private static final long TRIM_EVERY_MICROS = Micros.MINUTE;
  private static final int TRIM_BATCH = 1000;

  private final LmdbStore store;
  private final Clock clock;
  private final LogHead head;
  private final Map<Integer, Long> lastTrimCheck = new HashMap<>();
  /** Tables whose last trim stopped at its batch limit: they trim again on their next append. */
  private final Set<Integer> behind = new HashSet<>();
  /** Told of changes to tables with materialized views (set once when the database opens). */
  private volatile ChangeListener rollups = ChangeListener.NONE;

  /** Told the table's name of each item change (in the writer's transaction): the write counters. */
  private volatile java.util.function.Consumer<String> written = t -> { };

  /** Told (in the writer's transaction) when a recovery table's old records wait on a newer base. */
  private volatile java.util.function.Consumer<TableDescriptor> baseWanted = t -> { };

  public ChangeLog(LmdbStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
    this.head = new LogHead(store);
  }

  /**
   * Appends the change of one item of {@code t} from {@code oldImage} to {@code newImage} (either
   * null: created or deleted) when the table has a stream. A change that changes nothing (equal
   * images, by value; or no item before and none after) appends nothing.
   */
  public void append(Txn<DirectBuffer> txn, TableDescriptor t, Map<String, AttributeValue> oldImage,
      Map<String, AttributeValue> newImage, Actor actor) {
    if (!t.rollups().isEmpty() && !(oldImage == null ? newImage == null : oldImage.equals(newImage))) {
      rollups.changed(txn, t, oldImage, newImage);
    }
    if (oldImage == null ? newImage == null : oldImage.equals(newImage)) return;
    // counted here, where every change passes; a group run again after an abort counts its
    // changes again, which a rate estimate tolerates
    written.accept(t.name());
    if (t.activeStream() == null && !t.pitrEnabled()) return;
    long micros = head.nextMicros(txn, Micros.now(clock));
    long seq = head.nextSequence(txn);
    Map<String, AttributeValue> key = t.keySchema().keyOf(newImage != null ? newImage : oldImage);
    byte[] value = ChangeCodec.value(micros, actor, partitionOf(t, key), oldImage, newImage);
    Scratch s = Scratch.get();
    store.writes().put(store.changes(), txn, s.view(0, ChangeCodec.key(t.keyspace(), seq)), s.view(1, value));
    head.advance(txn, seq, micros);
    trimIfDue(txn, t, micros);
  }

  /**
   * The write units of the view items written since last asked, per view table, forgotten once
   * taken (writer thread only; {@link ChangeListener#takeUnits}).
   */
  public Map<String, Double> takeViewUnits() {
    return rollups.takeUnits();
  }

  /** Makes {@code counter} told the table of each item change, in the writer's transaction. */
  public void countWrites(java.util.function.Consumer<String> counter) {
    this.written = counter;
  }

  /** Makes {@code listener} maintain the materialized views, in each change's transaction. */
  public void listen(ChangeListener listener) {
    this.rollups = listener;
  }

  /** The logical partition of an item's partition key: the same hash the item store keys by. */
  public static int partitionOf(TableDescriptor t, Map<String, AttributeValue> key) {
    ByteWriter pk = new ByteWriter(64);
    KeyCodec.encode(key.get(t.keySchema().partitionKey()), pk);
    return PartitionHash.segmentOf(PartitionHash.hash(pk.buffer(), 0, pk.length()), t.partitions());
  }

  /**
   * Removes up to a batch of a table's records older than the retention: once a minute, or on
   * every append while the last batch was full, so the trim keeps up with any write rate (each
   * append adds one record and removes up to a batch) without one write paying for a long backlog.
   */
  private void trimIfDue(Txn<DirectBuffer> txn, TableDescriptor t, long nowMicros) {
    int keyspace = t.keyspace();
    Long last = lastTrimCheck.get(keyspace);
    if (last != null && nowMicros - last < TRIM_EVERY_MICROS && !behind.contains(keyspace)) return;
    lastTrimCheck.put(keyspace, nowMicros);
    long retention = RETENTION_MICROS;
    long floor = Long.MAX_VALUE;
    if (t.pitrEnabled()) {
      retention = Math.max(retention, t.pointInTimeRecovery().periodMicros());
      floor = RetentionFloor.read(store, txn, keyspace);
    }
    if (trim(txn, keyspace, nowMicros - retention, floor, TRIM_BATCH) == TRIM_BATCH) {
      behind.add(keyspace);
    } else {
      behind.remove(keyspace);
      // what is left older than the period is newer than the base: only a newer base lets it go
      if (t.pitrEnabled() && oldestMicros(txn, keyspace) < nowMicros - retention) baseWanted.accept(t);
    }
  }

  /**
   * Sets who is told when a table with point-in-time recovery keeps records older than its
   * period because its recovery base is older than they are; it takes a new base elsewhere (the
   * writer must not wait for a table's read). Called in the writer's transaction, which may abort.
   */
  public void onRecoveryBaseWanted(java.util.function.Consumer<TableDescriptor> listener) {
    baseWanted = listener;
  }

  /** The commit time of a table's oldest record, or Long.MAX_VALUE when it has none. */
  private long oldestMicros(Txn<DirectBuffer> txn, int keyspace) {
    try (RangeCursor c = new RangeCursor(store.changes(), txn, ChangeCodec.key(keyspace, 0),
        ChangeCodec.key(keyspace + 1, 0), true)) {
      return c.next() ? ChangeCodec.micros(Scratch.get().copyOut(c.val())) : Long.MAX_VALUE;
    }
  }

  /** Deletes up to {@code max} of a table's records committed before {@code beforeMicros}; returns how many. */
  public int trim(Txn<DirectBuffer> txn, int keyspace, long beforeMicros, int max) {
    return trim(txn, keyspace, beforeMicros, Long.MAX_VALUE, max);
  }

  /** The same, removing only records whose sequence is at most {@code maxSequence}. */
  private int trim(Txn<DirectBuffer> txn, int keyspace, long beforeMicros, long maxSequence, int max) {
    int n = 0;
    try (RangeCursor c = new RangeCursor(store.changes(), txn, ChangeCodec.key(keyspace, 0),
        ChangeCodec.key(keyspace + 1, 0), true)) {
      while (n < max && c.next() && c.key().getLong(4, java.nio.ByteOrder.BIG_ENDIAN) <= maxSequence
          && ChangeCodec.micros(Scratch.get().copyOut(c.val())) < beforeMicros) {
        store.writes().deleteCurrent(c);
        n++;
      }
    }
    return n;
  }

  /** Deletes a table's whole log (the table was deleted). */
  public void drop(Txn<DirectBuffer> txn, int keyspace) {
    trim(txn, keyspace, Long.MAX_VALUE, Integer.MAX_VALUE);
    lastTrimCheck.remove(keyspace);
    behind.remove(keyspace);
  }

  /**
   * A time that splits the log for a stream's start or end: every record already appended was
   * committed before it, and every later one is committed at or after it (the head's time moves
   * to it), whatever the clock does.
   */
  public long boundary(Txn<DirectBuffer> txn) {
    long b = head.nextMicros(txn, Micros.now(clock)) + 1;
    head.advanceTime(txn, b);
    return b;
  }
}
