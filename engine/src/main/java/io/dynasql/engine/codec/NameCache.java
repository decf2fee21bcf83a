package io.dynasql.engine.codec;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Attribute names decoded from storage, shared by every thread. Items of one table repeat the
 * same few names, so decoding each name into a new String is wasted work; a name found here is
 * compared by its UTF-8 bytes and its String reused.
 *
 * <p>The table is direct-mapped and unsynchronised: a slot holds one immutable {@link Entry}, so
 * a racing reader sees either an older entry or a newer one, never a half-built one (final fields
 * are safely published), and a miss only costs the String that would have been built anyway.
 */
final class NameCache {
  /** Slots; a power of two. Enough for the names of many tables at a few kilobytes in all. */
  private static final int SLOTS = 1024;
  /** Longer names are rare and are decoded without the cache, so it never holds large arrays. */
  private static final int MAX_BYTES = 64;

  /** Top-level attribute positions a positions array holds (see {@link TopLevelMemory}). */
  static final int POSITIONS = TopLevelMemory.POSITIONS;

  /** A name and its UTF-8 bytes. */
  record Entry(byte[] utf8, String name) {}

  private static final Entry[] TABLE = new Entry[SLOTS];

  private NameCache() {}

  /** The String of the UTF-8 bytes {@code buf[off, off + len)}. */
  static String get(byte[] buf, int off, int len) {
    if (len > MAX_BYTES) return new String(buf, off, len, StandardCharsets.UTF_8);
    return entry(buf, off, len).name();
  }

  /**
   * Like {@link #get(byte[], int, int)} for the top-level name at {@code position} of an item,
   * with {@code positions} the names of the last item the thread decoded (kept by
   * {@link TopLevelMemory}): the next item is most likely of the same table with the same names
   * in the same order, and comparing with the name at the same position skips hashing.
   */
  static String get(byte[] buf, int off, int len, Entry[] positions, int position) {
    if (position >= POSITIONS || len > MAX_BYTES) return get(buf, off, len);
    Entry last = positions[position];
    if (last != null && sameBytes(last.utf8(), buf, off, len)) return last.name();
    Entry e = entry(buf, off, len);
    positions[position] = e;
    return e.name();
  }

  private static Entry entry(byte[] buf, int off, int len) {
    int slot = hash(buf, off, len) & (SLOTS - 1);
    Entry e = TABLE[slot];
    if (e != null && sameBytes(e.utf8(), buf, off, len)) return e;
    // Interned, so a lookup with a name from a literal or another interned source (the SQL
    // layer's column references) matches an item's by reference (see ItemMap).
    e = new Entry(Arrays.copyOfRange(buf, off, off + len), new String(buf, off, len, StandardCharsets.UTF_8).intern());
    TABLE[slot] = e;
    return e;
  }

  /** A plain loop: names are a few bytes, too short for Arrays.equals' checks and stub to pay off. */
  private static boolean sameBytes(byte[] name, byte[] buf, int off, int len) {
    if (name.length != len) return false;
    for (int i = 0; i < len; i++) {
      if (name[i] != buf[off + i]) return false;
    }
    return true;
  }

  private static int hash(byte[] buf, int off, int len) {
    int h = len;
    for (int i = off; i < off + len; i++) h = 31 * h + buf[i];
    return h ^ (h >>> 16);
  }
}
