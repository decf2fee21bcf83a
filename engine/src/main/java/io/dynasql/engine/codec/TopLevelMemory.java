package io.dynasql.engine.codec;

import io.dynasql.engine.model.AttributeValue;
import java.util.Arrays;
import java.util.Set;

/**
 * What a thread remembers of the top-level attributes of the last item it decoded, by position:
 * a Query or Scan decodes item after item of one table, with the same names in the same order,
 * and consecutive items of one partition share the partition key. So the decoder need not look
 * each name up in the set of attributes to decode, nor build a new String for a string equal to
 * the one at the same position in the previous item (values are immutable, so sharing is safe).
 */
final class TopLevelMemory {
  /** Positions remembered; later attributes are decoded without memory. */
  static final int POSITIONS = 32;

  private static final ThreadLocal<TopLevelMemory> LOCAL = ThreadLocal.withInitial(TopLevelMemory::new);

  /** The names by position, for {@link NameCache#get(byte[], int, int, NameCache.Entry[], int)}. */
  final NameCache.Entry[] names = new NameCache.Entry[POSITIONS];
  /** The set {@link #wanted} last answered for; decisions are valid only for it. */
  private Set<String> only;
  /** The name each decision was taken for (the cached String, so compared by reference). */
  private final String[] decidedFor = new String[POSITIONS];
  private final boolean[] wanted = new boolean[POSITIONS];
  /** The string value last decoded at each position, or null. */
  private final AttributeValue.S[] strings = new AttributeValue.S[POSITIONS];

  private TopLevelMemory() {}

  /** This thread's memory. */
  static TopLevelMemory get() {
    return LOCAL.get();
  }

  /**
   * Whether the attribute {@code name} at {@code position} is to be decoded: it is in {@code only}
   * (everything when null). {@code only} must not change while it is being decoded with.
   */
  boolean wanted(Set<String> only, String name, int position) {
    if (only == null) return true;
    if (position >= POSITIONS) return only.contains(name);
    if (only != this.only) {
      this.only = only;
      Arrays.fill(decidedFor, null);
    }
    if (decidedFor[position] != name) {
      wanted[position] = only.contains(name);
      decidedFor[position] = name;
    }
    return wanted[position];
  }

  /**
   * The string last decoded at {@code position} when it equals the UTF-8 bytes
   * {@code buf[off, off + len)}, else null. Only ASCII is compared (one byte per char); anything
   * else is a miss and decoded as usual. A miss costs at most one pass over the bytes.
   */
  AttributeValue.S sameString(byte[] buf, int off, int len, int position) {
    if (position >= POSITIONS) return null;
    AttributeValue.S last = strings[position];
    if (last == null) return null;
    String s = last.value();
    if (s.length() != len) return null;
    for (int i = 0; i < len; i++) {
      int b = buf[off + i];
      if (b < 0 || s.charAt(i) != b) return null;
    }
    return last;
  }

  /** Remembers {@code s} as the string decoded at {@code position}. */
  void rememberString(AttributeValue.S s, int position) {
    if (position < POSITIONS) strings[position] = s;
  }
}
