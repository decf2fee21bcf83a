package io.dynasql.engine.table;

import java.util.OptionalLong;

/**
 * The 8-byte order labels after a truncated key's prefix, as unsigned longs. A new key takes a
 * label strictly between its neighbours' stored keys; appending takes a fixed step rather than
 * half the space left, so keys written in ascending order (the common case) run out of room only
 * after billions of inserts, not 64.
 */
final class Labels {
  /** Distance between labels appended at either end of a group. */
  static final long STEP = 1L << 32;
  /** The first label of an empty group: the middle, leaving room on both sides. */
  static final long MIDDLE = 1L << 63;

  private Labels() {}

  /** The smallest label that sorts after {@code stored} (a member of the group), if any. */
  static OptionalLong after(byte[] stored) {
    int tail = stored.length - LongKeys.PREFIX;
    long v = first8(stored);
    // A shorter tail padded with zeros is already greater: the tail is a proper prefix of it.
    if (tail < Long.BYTES) return OptionalLong.of(v);
    return v == -1L ? OptionalLong.empty() : OptionalLong.of(v + 1);
  }

  /** The largest label that sorts before {@code stored} (a member of the group), if any. */
  static OptionalLong before(byte[] stored) {
    int tail = stored.length - LongKeys.PREFIX;
    long v = first8(stored);
    // A label equal to the first 8 bytes of a longer tail is a proper prefix of it, so smaller.
    if (tail > Long.BYTES) return OptionalLong.of(v);
    return v == 0 ? OptionalLong.empty() : OptionalLong.of(v - 1);
  }

  /**
   * A label in {@code [min, max]} (unsigned, inclusive), or empty when there is none; a step in
   * from an open end ({@code hasBefore}/{@code hasAfter} false), else the middle.
   */
  static OptionalLong between(long min, long max, boolean hasBefore, boolean hasAfter) {
    if (Long.compareUnsigned(min, max) > 0) return OptionalLong.empty();
    if (!hasBefore && !hasAfter) return OptionalLong.of(MIDDLE);
    long half = (max - min) >>> 1;
    long step = Long.compareUnsigned(half, STEP) < 0 ? half : STEP;
    if (!hasAfter) return OptionalLong.of(min + step);
    if (!hasBefore) return OptionalLong.of(max - step);
    return OptionalLong.of(min + half);
  }

  /** {@code n} labels spread evenly over {@code [min, max]}, or null when they do not fit. */
  static long[] spread(long min, long max, int n) {
    long gap = Long.divideUnsigned(max - min, n + 1L);
    if (Long.compareUnsigned(min, max) > 0 || gap == 0) return null;
    long[] out = new long[n];
    for (int i = 0; i < n; i++) out[i] = min + gap * (i + 1);
    return out;
  }

  /** The label bytes of a stored key, zero-padded when its tail is shorter. */
  static long first8(byte[] stored) {
    long v = 0;
    for (int i = 0; i < Long.BYTES; i++) {
      int at = LongKeys.PREFIX + i;
      v = (v << 8) | (at < stored.length ? stored[at] & 0xFF : 0);
    }
    return v;
  }
}
