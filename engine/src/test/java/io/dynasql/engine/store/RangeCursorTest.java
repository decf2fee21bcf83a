package io.dynasql.engine.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.agrona.DirectBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lmdbjava.Txn;

/** {@link RangeCursor}: its 8-byte comparison, and ranges walked with reused cursors. */
class RangeCursorTest {
  @TempDir Path dir;

  @Property(tries = 2000)
  void compareIsUnsignedLexicographicOrder(@ForAll @Size(max = 20) byte[] key, @ForAll @Size(max = 20) byte[] bound) {
    // Share a prefix often, so the bytes after it decide.
    byte[] k = key.length > 10 ? concat(Arrays.copyOf(bound, Math.min(bound.length, 9)), key) : key;
    assertEquals(Integer.signum(Arrays.compareUnsigned(k, bound)), Integer.signum(RangeCursor.compare(Scratch.get().view(0, k), bound)));
  }

  @Test
  void rangesForwardAndBackwardWithReusedCursors() {
    try (LmdbStore store = LmdbStore.open(dir, 1 << 20, false)) {
      try (Txn<DirectBuffer> w = store.beginWrite()) {
        for (int i = 0; i < 40; i++) {
          byte[] k = key(i);
          store.data().put(w, Scratch.get().view(0, k), Scratch.get().view(1, k));
        }
        w.commit();
      }
      for (int round = 0; round < 3; round++) { // later rounds get cursors earlier rounds gave back
        assertEquals(List.of(10, 11, 12), walk(store, key(10), key(13), true));
        assertEquals(List.of(12, 11, 10), walk(store, key(10), key(13), false));
        assertEquals(List.of(39, 38), walk(store, key(38), null, false));
        assertEquals(List.of(), walk(store, key(50), null, true));
        assertEquals(40, walk(store, new byte[] {0}, null, true).size());
      }
    }
  }

  private static List<Integer> walk(LmdbStore store, byte[] low, byte[] high, boolean forward) {
    return store.read(txn -> {
      List<Integer> out = new ArrayList<>();
      try (RangeCursor c = store.range(txn, low, high, forward)) {
        while (c.next()) out.add((int) Scratch.toArray(c.key())[9]);
      }
      return out;
    });
  }

  /** Ten bytes, sharing a 9-byte prefix: the comparison crosses a whole 8-byte word first. */
  private static byte[] key(int i) {
    byte[] k = new byte[10];
    Arrays.fill(k, 0, 9, (byte) 0xA5);
    k[9] = (byte) i;
    return k;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
