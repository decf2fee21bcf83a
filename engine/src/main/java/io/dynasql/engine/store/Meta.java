package io.dynasql.engine.store;

import java.nio.charset.StandardCharsets;
import org.agrona.DirectBuffer;
import org.lmdbjava.Txn;

/**
 * Small named counters in the {@code meta} database: the catalog version, the next keyspace id,
 * and per-keyspace statistics (item count and bytes), all changed inside the write transactions
 * that change the data they describe.
 */
public final class Meta {
  /** Bumped by every catalog change, so readers (in any process) know to reload. */
  public static final String CATALOG_VERSION = "catalog.version";
  /** Next free keyspace id for tables and indexes. */
  public static final String NEXT_KEYSPACE = "next.keyspace";

  private final LmdbStore store;

  public Meta(LmdbStore store) {
    this.store = store;
  }

  /** Key of the item-count statistic of a keyspace. */
  public static String countKey(int keyspace) {
    return "count/" + keyspace;
  }

  /** Key of the byte-size statistic of a keyspace. */
  public static String bytesKey(int keyspace) {
    return "bytes/" + keyspace;
  }

  /** The counter's value, 0 when absent. */
  public long get(Txn<DirectBuffer> txn, String name) {
    return get(txn, name.getBytes(StandardCharsets.UTF_8));
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
    store.meta().put(txn, s.view(2, k), s.view(3, v));
  }

  /** Adds {@code delta} and returns the new value. */
  public long add(Txn<DirectBuffer> txn, String name, long delta) {
    long next = get(txn, name) + delta;
    put(txn, name, next);
    return next;
  }

  /** Removes the counter. */
  public void delete(Txn<DirectBuffer> txn, String name) {
    byte[] k = name.getBytes(StandardCharsets.UTF_8);
    store.meta().delete(txn, Scratch.get().view(3, k));
  }
}
