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
  /** The key being checked; swapped with {@link #previous} after each step, so nothing is allocated. */
  private byte[] current = new byte[64];

  KeyOrder(boolean forward) {
    this.forward = forward;
  }

  /** Records {@code key} as the walk's next one; throws when it is not past the previous key. */
  void advance(DirectBuffer key) {
    int n = key.capacity();
    if (current.length < n) current = new byte[Math.max(n, current.length * 2)];
    key.getBytes(0, current, 0, n); // one memcpy; the comparison below is then a vectorised intrinsic
    if (length >= 0) {
      int c = java.util.Arrays.compareUnsigned(current, 0, n, previous, 0, length);
      if (forward ? c <= 0 : c >= 0) {
        throw new DamagedDataException("Damaged data file: walking " + (forward ? "forward" : "backward")
            + ", the key after 0x" + HexFormat.of().formatHex(previous, 0, length) + " is " + PhysicalKeys.describe(key)
            + ", which is not " + (forward ? "above" : "below") + " it (a damaged page)");
      }
    }
    byte[] swap = previous;
    previous = current;
    current = swap;
    length = n;
  }

  /** Unsigned lexicographic order of the last key {@link #advance}d to against {@code bound}, from its heap copy. */
  int compareLast(byte[] bound) {
    return java.util.Arrays.compareUnsigned(previous, 0, length, bound, 0, bound.length);
  }
}
