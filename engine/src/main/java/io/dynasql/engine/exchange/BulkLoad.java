package io.dynasql.engine.exchange;

import io.dynasql.engine.catalog.IndexDescriptor;
import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.ops.Engine;
import io.dynasql.engine.store.Meta;
import io.dynasql.engine.store.RangeCursor;
import io.dynasql.engine.store.Scratch;
import io.dynasql.engine.table.ItemStore;
import java.util.Arrays;
import java.util.List;
import org.agrona.DirectBuffer;
import org.lmdbjava.Cursor;
import org.lmdbjava.Txn;

/**
 * Import's write path: items already encoded and sorted by physical key are appended to the new
 * table's key range with MDB_APPEND, in large transactions, instead of one B-tree descent per
 * PutItem; then index entries are built from the loaded items. Appending needs the table's keys
 * to sort after every key in the data database, which holds for a table created last (its
 * keyspace is the highest); when another write got there first, the chunk falls back to puts.
 */
final class BulkLoad {
  /** Items per write transaction: large, for few commits, but bounded so a map growth redoes little. */
  static final int CHUNK = 200_000;

  /** One item ready to store: its physical key, its stored value and its item size. */
  record Row(byte[] key, byte[] value, int size) {}

  private BulkLoad() {}

  /**
   * Sorts by key and keeps the last of rows with the same key (a later line overwrites an earlier
   * one). Sorts primitive longs, not rows: each holds a key's bytes 4 to 8 (the partition hash;
   * bytes 0 to 4 are the table's keyspace, the same in every row) above the row's index, so the
   * sort touches no key arrays; rows with equal hashes are then ordered by their whole keys.
   */
  static List<Row> sortUnique(List<Row> rows) {
    int size = rows.size();
    long[] order = new long[size];
    // the sign bit flipped, so a signed sort orders the prefixes unsigned; the index in the low half
    // keeps rows with equal prefixes in file order
    for (int i = 0; i < size; i++) order[i] = ((prefix(rows.get(i).key()) << 32) | i) ^ Long.MIN_VALUE;
    Arrays.sort(order);
    Row[] a = new Row[size];
    for (int i = 0; i < size; i++) a[i] = rows.get((int) (order[i] & 0xffffffffL));
    for (int i = 0; i < size; ) {
      int j = i + 1;
      while (j < size && (order[j] >>> 32) == (order[i] >>> 32)) j++;
      if (j - i > 1) Arrays.sort(a, i, j, (x, y) -> Arrays.compareUnsigned(x.key(), y.key())); // stable
      i = j;
    }
    int n = 0;
    for (int i = 0; i < size; i++) {
      if (i + 1 < size && Arrays.equals(a[i].key(), a[i + 1].key())) continue;
      a[n++] = a[i];
    }
    return Arrays.asList(a).subList(0, n);
  }

  /** Bytes 4 to 8 of a key as an unsigned number (keys here are at least 8 bytes: keyspace, hash). */
  private static long prefix(byte[] k) {
    return ((k[4] & 0xffL) << 24) | ((k[5] & 0xffL) << 16) | ((k[6] & 0xffL) << 8) | (k[7] & 0xffL);
  }

  static void load(Engine engine, TableDescriptor t, List<Row> sorted) {
    for (int from = 0; from < sorted.size(); from += CHUNK) {
      List<Row> chunk = sorted.subList(from, Math.min(sorted.size(), from + CHUNK));
      engine.writer().submit(txn -> {
        boolean append = after(engine, txn, chunk.get(0).key());
        Scratch s = Scratch.get();
        long bytes = 0;
        for (Row r : chunk) {
          DirectBuffer k = s.view(0, r.key());
          DirectBuffer v = s.view(1, r.value());
          if (append) engine.store().writes().append(engine.store().data(), txn, k, v);
          else engine.store().writes().put(engine.store().data(), txn, k, v);
          bytes += r.size();
        }
        engine.meta().add(txn, Meta.countKey(t.keyspace()), chunk.size());
        engine.meta().add(txn, Meta.bytesKey(t.keyspace()), bytes);
        for (IndexDescriptor idx : t.indexes()) {
          for (Row r : chunk) engine.items().backfill(txn, t, idx, ItemStore.decode(s.view(2, r.value())));
        }
        return null;
      });
    }
  }

  /** Whether {@code key} sorts after the last key of the data database. */
  private static boolean after(Engine engine, Txn<DirectBuffer> txn, byte[] key) {
    try (Cursor<DirectBuffer> c = engine.store().data().openCursor(txn)) {
      return !c.last() || RangeCursor.compare(c.key(), key) < 0;
    }
  }
}
