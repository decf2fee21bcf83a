package io.dynasql.engine.store;

import io.dynasql.engine.error.DamagedDataException;
import io.dynasql.engine.table.PhysicalKeys;
import java.util.HexFormat;
import org.agrona.DirectBuffer;

/**
 * Checks that a cursor walk's keys strictly increase (or, walking backward, decrease). LMDB
 * follows its pages' links without checking them, so a damaged page can send a cursor back to
 * keys it already passed, and a walk that ends only at its upper bound would then never end.
 */
final class KeyOrder {
  private final boolean forward;
  private byte[] previous = new byte[64];
  private int length = -1;

  KeyOrder(boolean forward) {
    this.forward = forward;
  }

  /** Records {@code key} as the walk's next one; throws when it is not past the previous key. */
  void advance(DirectBuffer key) {
    int n = key.capacity();
    if (length >= 0) {
      int c = compare(key, n);
      if (forward ? c <= 0 : c >= 0) {
        throw new DamagedDataException("Damaged data file: walking " + (forward ? "forward" : "backward")
            + ", the key after 0x" + HexFormat.of().formatHex(previous, 0, length) + " is " + PhysicalKeys.describe(key)
            + ", which is not " + (forward ? "above" : "below") + " it (a damaged page)");
      }
    }
    if (previous.length < n) previous = new byte[Math.max(n, previous.length * 2)];
    key.getBytes(0, previous, 0, n);
    length = n;
  }

  private int compare(DirectBuffer key, int n) {
    int m = Math.min(n, length);
    for (int i = 0; i < m; i++) {
      int c = Integer.compare(key.getByte(i) & 0xFF, previous[i] & 0xFF);
      if (c != 0) return c;
    }
    return Integer.compare(n, length);
  }
}
