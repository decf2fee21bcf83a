package io.dynasql.engine.table;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.engine.codec.ByteWriter;
import io.dynasql.engine.codec.StoredValue;
import io.dynasql.engine.store.LmdbStore;
import io.dynasql.engine.store.RangeCursor;
import io.dynasql.engine.store.Scratch;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.agrona.DirectBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lmdbjava.Txn;

/**
 * {@link LongKeys} against a sorted set of full keys: after seeded random inserts (ascending runs
 * that force relabelling, keys stored as they are beside truncated ones, full keys of 504-511
 * bytes written before long keys existed), stored order is full-key order, every key is found,
 * and every bound translates so that a physical comparison agrees with the full-key one.
 */
class LongKeysTest {
  private static final byte[] ALPHABET = {1, 2, (byte) 0xFE, (byte) 0xFF};

  @TempDir Path dir;

  @Test
  void storedOrderIsFullKeyOrder() {
    for (long seed : new long[] {1, 2, 3, Long.getLong("longkeys.seed", 7)}) {
      run(seed);
    }
  }

  @Test
  void keysStoredAsTheyAreAreFoundAmidALargeGroup() {
    byte[] p = new byte[LongKeys.PREFIX];
    Arrays.fill(p, (byte) 7);
    // Written before long keys existed; tails of 1, 3 and 8 bytes, two ending in zeros.
    List<byte[]> legacy = List.of(concat(p, 0x80), concat(p, 0x90, 0, 0), concat(p, 0x70, 1, 2, 3, 4, 5, 6, 7));
    TreeSet<byte[]> model = new TreeSet<>(Arrays::compareUnsigned);
    Random rnd = new Random(11);
    try (LmdbStore store = LmdbStore.open(dir.resolve("legacy"), 1 << 24, false)) {
      LongKeys keys = new LongKeys(store.data(), store.writes());
      try (Txn<DirectBuffer> txn = store.env().txnWrite()) {
        for (byte[] k : legacy) {
          raw(store, txn, k, k, false);
          model.add(k);
        }
        // A truncated key labelled just below the 1-byte tail 0x80: bisection lands on 0x8000...,
        // which finds that tail only because seeks drop trailing zero bytes.
        byte[] adjacent = concat(p, 0x7F, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 1, 1, 1, 1, 1);
        raw(store, txn, Arrays.copyOf(adjacent, LongKeys.PREFIX + Long.BYTES), adjacent, true);
        model.add(adjacent);
        for (int i = 0; i < 4 * GroupSearch.WALK; i++) {
          byte[] k = concat(p, 0x10 + rnd.nextInt(0x50), 0xA0 + rnd.nextInt(0x50));
          k = Arrays.copyOf(k, k.length + 20);
          for (int j = k.length - 20; j < k.length; j++) k[j] = (byte) (1 + rnd.nextInt(255));
          if (i % 2 == 0) k[LongKeys.PREFIX] = (byte) (0xA0 + rnd.nextInt(0x50));
          if (!model.add(k)) continue;
          raw(store, txn, keys.place(txn, k).stored(), k, true);
        }
        for (byte[] k : legacy) {
          assertArrayEquals(k, keys.find(txn, k), "legacy key of " + k.length + " bytes");
          assertArrayEquals(k, keys.bound(txn, k));
        }
        assertEquals(new ArrayList<>(model).stream().map(Arrays::toString).toList(),
            walk(store, txn).stream().map(Arrays::toString).toList());
        checkBounds(store, txn, keys, rnd, "legacy");
      }
    }
  }

  private static byte[] concat(byte[] p, int... tail) {
    byte[] out = Arrays.copyOf(p, p.length + tail.length);
    for (int i = 0; i < tail.length; i++) out[p.length + i] = (byte) tail[i];
    return out;
  }

  private void run(long seed) {
    Random rnd = new Random(seed);
    String ctx = "seed=" + seed;
    TreeSet<byte[]> model = new TreeSet<>(Arrays::compareUnsigned);
    try (LmdbStore store = LmdbStore.open(dir.resolve("s" + seed), 1 << 26, false)) {
      LongKeys keys = new LongKeys(store.data(), store.writes());
      try (Txn<DirectBuffer> txn = store.env().txnWrite()) {
        // Written as an older version did: full keys up to LMDB's limit, stored as they are.
        for (int i = 0; i < 30; i++) {
          byte[] k = key(rnd, LongKeys.PREFIX - 10 + rnd.nextInt(18));
          if (model.add(k)) raw(store, txn, k, k, false);
        }
        for (int i = 0; i < 600; i++) {
          byte[] k = i < 150 ? squeezed(i) : i % 3 == 0 ? ascendingAfter(model, rnd) : key(rnd, LongKeys.PREFIX - 20 + rnd.nextInt(80));
          if (k == null || !model.add(k)) continue;
          if (!LongKeys.isLong(k.length)) {
            raw(store, txn, k, k, false);
            continue;
          }
          LongKeys.Slot slot = keys.place(txn, k);
          assertTrue(!slot.existed(), ctx);
          raw(store, txn, slot.stored(), k, true);
        }
        assertEquals(new ArrayList<>(model).stream().map(Arrays::toString).toList(),
            walk(store, txn).stream().map(Arrays::toString).toList(), ctx + ": stored order");
        for (byte[] k : model) {
          if (LongKeys.isLong(k.length)) assertTrue(keys.find(txn, k) != null, ctx + ": find " + k.length);
        }
        assertNull(keys.find(txn, key(rnd, 700)), ctx);
        checkBounds(store, txn, keys, rnd, ctx);
      }
    }
  }

  /**
   * Keys that each fall between the previous one and a fixed upper neighbour, halving the gap
   * every time: the 64-bit label space runs out and the group is relabelled, more than once.
   */
  private static byte[] squeezed(int i) {
    byte[] k = new byte[LongKeys.PREFIX + 10 + (i == 0 ? 0 : i)];
    Arrays.fill(k, 0, k.length - 1, (byte) 2);
    if (i == 0) Arrays.fill(k, LongKeys.PREFIX, k.length - 1, (byte) 0xFF); // the upper neighbour
    return k;
  }

  /** A key just above an existing long key: inserts between close neighbours exhaust the gap. */
  private static byte[] ascendingAfter(TreeSet<byte[]> model, Random rnd) {
    byte[] last = null;
    for (byte[] k : model) if (LongKeys.isLong(k.length) && rnd.nextInt(4) == 0) last = k;
    if (last == null) return null;
    byte[] k = Arrays.copyOf(last, last.length + 1);
    k[last.length - 1] = 1; // replaces the terminator: just above last, below its successors
    k[last.length] = 0;
    return k;
  }

  private void checkBounds(LmdbStore store, Txn<DirectBuffer> txn, LongKeys keys, Random rnd, String ctx) {
    List<byte[][]> entries = entries(store, txn);
    for (int i = 0; i < 300; i++) {
      byte[] bound = key(rnd, LongKeys.PREFIX - 10 + rnd.nextInt(60));
      if (rnd.nextBoolean()) bound = Arrays.copyOf(bound, bound.length - 1 - rnd.nextInt(5)); // unterminated
      byte[] physical = keys.bound(txn, bound);
      for (byte[][] e : entries) {
        assertEquals(Arrays.compareUnsigned(e[1], bound) >= 0, Arrays.compareUnsigned(e[0], physical) >= 0,
            ctx + ": bound of " + bound.length + " bytes vs key of " + e[1].length);
      }
    }
  }

  /** Keys over few distinct prefixes, bytes never 0 but the last, so no key is a prefix of another. */
  private static byte[] key(Random rnd, int length) {
    byte[] k = new byte[length];
    for (int i = 0; i < length - 1; i++) {
      k[i] = i < LongKeys.PREFIX - 8 ? (byte) (i == 100 ? 1 + rnd.nextInt(2) : 7) : ALPHABET[rnd.nextInt(ALPHABET.length)];
    }
    return k;
  }

  private static void raw(LmdbStore store, Txn<DirectBuffer> txn, byte[] stored, byte[] full, boolean truncated) {
    ByteWriter v = new ByteWriter(64);
    StoredValue.encode(Map.of(), 1, truncated ? full : null, full.length, v);
    Scratch s = Scratch.get();
    store.writes().put(store.data(), txn, s.view(0, stored), s.view(1, v.buffer(), v.length()));
  }

  private static List<byte[]> walk(LmdbStore store, Txn<DirectBuffer> txn) {
    List<byte[]> out = new ArrayList<>();
    for (byte[][] e : entries(store, txn)) out.add(e[1]);
    return out;
  }

  /** Every entry as {stored key, full key}, in stored order. */
  private static List<byte[][]> entries(LmdbStore store, Txn<DirectBuffer> txn) {
    List<byte[][]> out = new ArrayList<>();
    try (RangeCursor c = new RangeCursor(store.data(), txn, new byte[] {0}, null, true)) {
      while (c.next()) {
        byte[] stored = Scratch.toArray(c.key());
        byte[] v = Scratch.toArray(c.val());
        StoredValue.Parts p = StoredValue.parts(v, 0, v.length);
        out.add(new byte[][] {stored, p.hasFullKey() ? Arrays.copyOfRange(v, p.keyOff(), p.keyOff() + p.keyLen()) : stored});
      }
    }
    return out;
  }
}
