package io.dynasql.engine.table;

import io.dynasql.engine.store.RangeCursor;
import io.dynasql.engine.store.Scratch;
import java.util.Arrays;
import org.agrona.DirectBuffer;
import org.lmdbjava.Cursor;
import org.lmdbjava.Dbi;
import org.lmdbjava.GetOp;
import org.lmdbjava.SeekOp;
import org.lmdbjava.Txn;

/**
 * Finds where a full key falls in its {@link KeyGroup}. Its last member is checked first (most
 * groups are empty, and ascending inserts land after it); a group is usually a few keys, walked in
 * order; past {@link #WALK} members (one long partition key holding many items is one group) it
 * binary-searches the label space instead, seeking to labels and comparing the full key of the
 * member found there: about log2(n) seeks for n members (at most 64), instead of a walk over all.
 */
final class GroupSearch {
  /** Members compared one after another before bisecting: a walk step costs about half a bisection step. */
  static final int WALK = 8;

  private final Cursor<DirectBuffer> c;
  private final byte[] prefix;

  private GroupSearch(Cursor<DirectBuffer> c, byte[] key) {
    this.c = c;
    this.prefix = Arrays.copyOf(key, LongKeys.PREFIX);
  }

  /** The position of {@code key} (longer than the prefix) in its group. */
  static KeyGroup.Position locate(Dbi<DirectBuffer> data, Txn<DirectBuffer> txn, byte[] key) {
    try (Cursor<DirectBuffer> c = data.openCursor(txn)) {
      return new GroupSearch(c, key).locate(key);
    }
  }

  private KeyGroup.Position locate(byte[] key) {
    // The last member first: an empty group (the usual case) or an ascending insert ends here.
    KeyGroup.Member last = previous(null);
    if (last == null || last.compareTo(key) < 0) return new KeyGroup.Position(last, null, false);
    KeyGroup.Member before = null;
    KeyGroup.Member m = first();
    for (int walked = 0; m != null; walked++) {
      int cmp = m.compareTo(key);
      if (cmp >= 0) return new KeyGroup.Position(before, m, cmp == 0);
      before = m;
      if (walked == WALK) return search(key, before);
      m = c.seek(SeekOp.MDB_NEXT) ? current() : null;
    }
    return new KeyGroup.Position(before, null, false);
  }

  /**
   * Bisects labels for the smallest whose first member at or after it holds a full key at or
   * after {@code key}: that member is the first such, since members are in full-key order. Stops
   * as soon as the member found follows the largest one known to be smaller, so a group of n
   * members costs about log2(n) seeks, not one per bit of the label.
   */
  private KeyGroup.Position search(byte[] key, KeyGroup.Member before) {
    long lo = Labels.first8(before.stored());
    long hi = -1L; // inclusive, unsigned
    KeyGroup.Member below = before;
    KeyGroup.Member at = null;
    while (Long.compareUnsigned(lo, hi) <= 0) {
      long mid = lo + ((hi - lo) >>> 1);
      KeyGroup.Member m = seek(mid);
      if (m != null && m.compareTo(key) < 0) {
        below = m;
        if (mid == -1L) break;
        lo = mid + 1;
      } else {
        at = m;
        if (follows(below, m)) return new KeyGroup.Position(below, m, m != null && m.compareTo(key) == 0);
        if (mid == 0) break;
        hi = mid - 1;
      }
    }
    return new KeyGroup.Position(previous(at), at, at != null && at.compareTo(key) == 0);
  }

  /**
   * Whether the member just before {@code m} (before the group's end when null) is
   * {@code below}; the cursor is on {@code m} when it is not null.
   */
  private boolean follows(KeyGroup.Member below, KeyGroup.Member m) {
    boolean on = m != null ? c.seek(SeekOp.MDB_PREV)
        : c.get(Scratch.get().view(2, LongKeys.pastGroup(prefix)), GetOp.MDB_SET_RANGE) ? c.seek(SeekOp.MDB_PREV) : c.seek(SeekOp.MDB_LAST);
    return on && RangeCursor.compare(c.key(), below.stored()) == 0;
  }

  /** The group's first member, or null. */
  private KeyGroup.Member first() {
    return seek(prefix);
  }

  /**
   * The first member at or after label {@code label}, trailing zero bytes dropped: a full key
   * stored as it is with a tail shorter than a label sorts before its zero-padded label, and is
   * found this way too.
   */
  private KeyGroup.Member seek(long label) {
    int n = Long.BYTES - Long.numberOfTrailingZeros(label) / 8;
    byte[] at = Arrays.copyOf(prefix, LongKeys.PREFIX + n);
    for (int i = 0; i < n; i++) at[LongKeys.PREFIX + i] = (byte) (label >>> (56 - 8 * i));
    return seek(at);
  }

  /** The first member at or after the physical key {@code at}, or null. */
  private KeyGroup.Member seek(byte[] at) {
    if (!c.get(Scratch.get().view(2, at), GetOp.MDB_SET_RANGE)) return null;
    if (c.key().capacity() == LongKeys.PREFIX && !c.seek(SeekOp.MDB_NEXT)) return null; // the prefix itself
    return current();
  }

  /** The member before {@code at} (before the group's end when null), or null. */
  private KeyGroup.Member previous(KeyGroup.Member at) {
    byte[] bound = at != null ? at.stored() : LongKeys.pastGroup(prefix);
    boolean on = c.get(Scratch.get().view(2, bound), GetOp.MDB_SET_RANGE) ? c.seek(SeekOp.MDB_PREV) : c.seek(SeekOp.MDB_LAST);
    return on ? current() : null;
  }

  /** The member under the cursor, or null when the cursor has left the group. */
  private KeyGroup.Member current() {
    DirectBuffer k = c.key();
    if (k.capacity() <= LongKeys.PREFIX) return null;
    for (int i = 0; i < LongKeys.PREFIX; i++) {
      if (k.getByte(i) != prefix[i]) return null;
    }
    return KeyGroup.member(k, c.val());
  }
}
