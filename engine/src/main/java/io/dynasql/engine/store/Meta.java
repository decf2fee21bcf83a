package io.dynasql.engine.store;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.agrona.DirectBuffer;
import org.lmdbjava.Txn;

/**
 * Small named counters in the {@code meta} database: the catalog version, the next keyspace id,
 * and per-keyspace statistics (item count and bytes), all changed inside the write transactions
 * that change the data they describe.
 */
public final class Meta implements Writes.Deferred {
  /** Bumped by every catalog change, so readers (in any process) know to reload. */
  public static final String CATALOG_VERSION = "catalog.version";
  /** Next free keyspace id for tables and indexes. */
  public static final String NEXT_KEYSPACE = "next.keyspace";

  private final LmdbStore store;
  /** Deltas of the current request, by counter (writer thread only). */
  private final Map<String, long[]> later = new LinkedHashMap<>();

  public Meta(LmdbStore store) {
    this.store = store;
    store.writes().register(this);
  }

  /**
   * Statistic names of the first keyspaces, made once each so the writer does not build two
   * strings per item. Filled lazily; a racing thread at worst makes an equal string again.
   */
  private static final int NAMED = 4096;
  private static final String[] COUNT_KEYS = new String[NAMED];
  private static final String[] BYTES_KEYS = new String[NAMED];

  /** Key of the item-count statistic of a keyspace. */
  public static String countKey(int keyspace) {
    return name(COUNT_KEYS, "count/", keyspace);
  }

  /** Key of the byte-size statistic of a keyspace. */
  public static String bytesKey(int keyspace) {
    return name(BYTES_KEYS, "bytes/", keyspace);
  }

  private static String name(String[] made, String prefix, int keyspace) {
    if (keyspace < 0 || keyspace >= NAMED) return prefix + keyspace;
    String n = made[keyspace];
    if (n == null) made[keyspace] = n = prefix + keyspace;
    return n;
  }

  /** The counter's value, 0 when absent; in a write transaction, with the request's deltas so far. */
  public long get(Txn<DirectBuffer> txn, String name) {
    long stored = get(txn, name.getBytes(StandardCharsets.UTF_8));
    if (txn.isReadOnly()) return stored; // another thread's read: the deltas are the writer's
    long[] pending = later.get(name);
    return pending == null ? stored : stored + pending[0];
  }

  /** The counter's value by its UTF-8 name, for hot paths that keep the name's bytes. */
  public long get(Txn<DirectBuffer> txn, byte[] name) {
    DirectBuffer v = store.meta().get(txn, Scratch.get().view(3, name));
    return v == null ? 0 : v.getLong(0);
  }

  /** Sets the counter. */
  public void put(Txn<DirectBuffer> txn, String name, long value) {
    byte[] k = name.getBytes(StandardCharsets.UTF_8);
    byte[] v = new byte[8];
    new org.agrona.concurrent.UnsafeBuffer(v).putLong(0, value);
    Scratch s = Scratch.get();
    store.writes().put(store.meta(), txn, s.view(2, k), s.view(3, v));
  }

  /** Adds {@code delta} and returns the new value. */
  public long add(Txn<DirectBuffer> txn, String name, long delta) {
    long next = get(txn, name.getBytes(StandardCharsets.UTF_8)) + delta; // the stored value, without deltas
    put(txn, name, next);
    return next;
  }

  /**
   * Adds {@code delta} at the end of the current write request (a task run by the writer), so a
   * request that changes one statistic for many items (BatchWriteItem: 25 items, 2 counters each)
   * reads and writes it once. {@link #get} in the request's transaction sees it at once.
   */
  public void addLater(String name, long delta) {
    later.computeIfAbsent(name, n -> new long[1])[0] += delta;
  }

  @Override
  public void flush(Txn<DirectBuffer> txn) {
    if (later.isEmpty()) return;
    for (Map.Entry<String, long[]> e : later.entrySet()) {
      if (e.getValue()[0] != 0) add(txn, e.getKey(), e.getValue()[0]);
    }
    later.clear();
  }

  @Override
  public void drop() {
    later.clear();
  }

  /** Removes the counter. */
  public void delete(Txn<DirectBuffer> txn, String name) {
    later.remove(name);
    byte[] k = name.getBytes(StandardCharsets.UTF_8);
    store.writes().delete(store.meta(), txn, Scratch.get().view(3, k));
  }
}
