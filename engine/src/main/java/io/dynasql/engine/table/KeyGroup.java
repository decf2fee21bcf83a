package io.dynasql.engine.table;

import io.dynasql.engine.codec.KeyCodec;
import io.dynasql.engine.codec.StoredValue;
import io.dynasql.engine.error.DamagedDataException;
import io.dynasql.engine.store.RangeCursor;
import io.dynasql.engine.store.Scratch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.agrona.DirectBuffer;
import org.lmdbjava.Dbi;
import org.lmdbjava.Txn;

/**
 * The stored entries whose physical keys start with the same {@link LongKeys#PREFIX} bytes and
 * are longer than that: truncated long keys (prefix and label, the full key in the value) and
 * full keys of a length just above the prefix written before long keys existed. Their stored
 * order is their full keys' order, so a group is read in cursor order and compared by full key.
 */
final class KeyGroup {
  private KeyGroup() {}

  /**
   * One entry of a group.
   *
   * @param stored its physical key
   * @param full its full key: from the value when truncated, else the physical key itself
   * @param truncated whether its label may be changed (a relabel moves only these)
   */
  record Member(byte[] stored, byte[] full, boolean truncated) {
    int compareTo(byte[] key) {
      return Arrays.compareUnsigned(full, key);
    }
  }

  /**
   * Where a full key falls in its group.
   *
   * @param before the last member whose full key is smaller, or null
   * @param at the first member whose full key is equal or greater, or null
   * @param found whether {@code at} holds exactly the key
   */
  record Position(Member before, Member at, boolean found) {}

  /** Where {@code key} falls in its group. */
  static Position locate(Dbi<DirectBuffer> data, Txn<DirectBuffer> txn, byte[] key) {
    return GroupSearch.locate(data, txn, key);
  }

  /** Every member of the group of {@code key}, in order. */
  static List<Member> all(Dbi<DirectBuffer> data, Txn<DirectBuffer> txn, byte[] key) {
    List<Member> out = new ArrayList<>();
    try (RangeCursor c = open(data, txn, key)) {
      while (c.next()) {
        if (c.key().capacity() > LongKeys.PREFIX) out.add(member(c.key(), c.val()));
      }
    }
    return out;
  }

  private static RangeCursor open(Dbi<DirectBuffer> data, Txn<DirectBuffer> txn, byte[] key) {
    byte[] prefix = Arrays.copyOf(key, LongKeys.PREFIX);
    return new RangeCursor(data, txn, prefix, KeyCodec.successor(prefix), true);
  }

  /**
   * The member stored as {@code k -> v}. A damaged value is reported: its full key cannot be
   * trusted to order the group.
   */
  static Member member(DirectBuffer k, DirectBuffer v) {
    byte[] stored = Scratch.toArray(k);
    byte[] copy = Scratch.get().copyOut(v);
    StoredValue.Parts parts;
    try {
      parts = StoredValue.parts(copy, 0, v.capacity());
    } catch (IllegalArgumentException e) {
      throw new DamagedDataException("Damaged entry at key " + PhysicalKeys.describe(k) + ": " + e.getMessage(), e);
    }
    if (!parts.hasFullKey()) return new Member(stored, stored, false);
    return new Member(stored, Arrays.copyOfRange(copy, parts.keyOff(), parts.keyOff() + parts.keyLen()), true);
  }
}
