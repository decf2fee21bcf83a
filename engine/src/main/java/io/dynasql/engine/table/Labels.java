package io.dynasql.engine.table;

import java.util.OptionalLong;

/**
 * The 8-byte order labels after a truncated key's prefix, as unsigned longs. A new key takes a
 * label strictly between its neighbours' stored keys; appending at an open end takes 1/65536 of
 * the space left (at least {@link #STEP}) rather than half of it, so keys written in ascending
 * order (the common case) run out of room only after millions of inserts, not 64, while keys
 * appended early stay far enough apart for later inserts between them.
 */
final class Labels {
  /** Least distance between labels appended at either end of a group. */
  static final long STEP = 1L << 32;
  /** Largest distance {@link #spread} leaves between neighbours. */
  static final long SPREAD = 1L << 40;
  /** An append at an open end takes the space left shifted right by this. */
  static final int APPEND_SHIFT = 16;
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
    long step = Math.min(half, Math.max(STEP, (max - min) >>> APPEND_SHIFT)); // all below 2^63: signed is fine
    if (!hasAfter) return OptionalLong.of(min + step);
    if (!hasBefore) return OptionalLong.of(max - step);
    return OptionalLong.of(min + half);
  }

  /**
   * {@code n} labels spread over {@code [min, max]}, or null when they do not fit: evenly, but
   * at most {@link #SPREAD} apart (room for 40 halvings between neighbours) and centred, so the
   * space beyond the ends stays free for later appends instead of being used up at once.
   */
  static long[] spread(long min, long max, int n) {
    if (Long.compareUnsigned(min, max) > 0) return null;
    long gap = Math.min(Long.divideUnsigned(max - min, n + 1L), SPREAD);
    if (gap == 0) return null;
    long first = min + Long.divideUnsigned(max - min - gap * (n - 1), 2);
    long[] out = new long[n];
    for (int i = 0; i < n; i++) out[i] = first + gap * i;
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
