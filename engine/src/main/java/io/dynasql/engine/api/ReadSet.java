package io.dynasql.engine.api;

import io.dynasql.engine.model.AttributeValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The items a statement or transaction read, each with the version it had (the LMDB transaction
 * that last wrote it, or {@link #ABSENT} for a key read and not found). Not a DynamoDB concept:
 * the SQL layer passes one to its reads and then to {@link AtomicWriteRequest}, which writes only
 * if every item still has the version read, so a write computed from a read cannot lose a write
 * that came in between (optimistic concurrency, first committer wins).
 *
 * <p>The first version recorded for a key is kept: a later read of a newer version means the
 * reader saw the item change, and the check then fails as it should. At most {@code limit} items
 * are recorded; past that the set is {@linkplain #overflowed() overflowed} and cannot vouch for
 * its reads. Thread-safe.
 */
public final class ReadSet {
  /** The version of a key that was read and not found. */
  public static final long ABSENT = -1;
  /** Items recorded by default before a set overflows. */
  public static final int DEFAULT_LIMIT = 200_000;

  /** One item read: table, primary key, version. */
  public record Entry(String table, Map<String, AttributeValue> key, long version) {}

  private final int limit;
  private final Map<String, Map<Map<String, AttributeValue>, Long>> byTable = new LinkedHashMap<>();
  private int size;
  private boolean overflowed;

  /** A set holding at most {@link #DEFAULT_LIMIT} items. */
  public ReadSet() {
    this(DEFAULT_LIMIT);
  }

  public ReadSet(int limit) {
    this.limit = limit;
  }

  /** Records that {@code key} of {@code table} was read at {@code version}, unless it already was. */
  public synchronized void record(String table, Map<String, AttributeValue> key, long version) {
    Map<Map<String, AttributeValue>, Long> keys = byTable.computeIfAbsent(table, t -> new LinkedHashMap<>());
    if (keys.containsKey(key)) return;
    if (size >= limit) {
      overflowed = true;
      return;
    }
    keys.put(Map.copyOf(key), version);
    size++;
  }

  /** Records every item of {@code other}. */
  public void addAll(ReadSet other) {
    for (Entry e : other.entries()) record(e.table(), e.key(), e.version());
    if (other.overflowed()) markOverflowed();
  }

  private synchronized void markOverflowed() {
    overflowed = true;
  }

  /** The version recorded for a key, or null when it was not read. */
  public synchronized Long version(String table, Map<String, AttributeValue> key) {
    Map<Map<String, AttributeValue>, Long> keys = byTable.get(table);
    return keys == null ? null : keys.get(key);
  }

  /** Whether more items were read than the set could hold. */
  public synchronized boolean overflowed() {
    return overflowed;
  }

  public synchronized int size() {
    return size;
  }

  /** A copy of the entries, in the order they were first read. */
  public synchronized List<Entry> entries() {
    List<Entry> out = new ArrayList<>(size);
    byTable.forEach((t, keys) -> keys.forEach((k, v) -> out.add(new Entry(t, k, v))));
    return out;
  }

  /** Forgets everything (a transaction's end). */
  public synchronized void clear() {
    byTable.clear();
    size = 0;
    overflowed = false;
  }
}
