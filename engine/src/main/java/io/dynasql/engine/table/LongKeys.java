package io.dynasql.engine.table;

import io.dynasql.engine.store.Scratch;
import io.dynasql.engine.store.Writes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import org.agrona.DirectBuffer;
import org.lmdbjava.Dbi;
import org.lmdbjava.Txn;

/**
 * Physical keys longer than LMDB's 511-byte key limit (DynamoDB allows 2,048-byte partition and
 * 1,024-byte sort keys, and escaping can double them). A full key of at most {@link #PREFIX}
 * bytes is stored as it is, so existing databases keep their format; a longer one is stored as
 * its first {@code PREFIX} bytes and an 8-byte label, with the full key in the value. Labels are
 * given in full-key order within each group of keys sharing the prefix ({@link KeyGroup}), so
 * stored order stays DynamoDB's order and cursors walk ranges unchanged; only looking a long key
 * up, and a range bound longer than the prefix, read the group and compare full keys.
 */
public final class LongKeys {
  /** Bytes of a long key kept in its physical key: the prefix and the label fill LMDB's 511. */
  public static final int PREFIX = 503;

  private final Dbi<DirectBuffer> data;
  private final Writes writes;

  LongKeys(Dbi<DirectBuffer> data, Writes writes) {
    this.data = data;
    this.writes = writes;
  }

  /**
   * Where a full key is stored.
   *
   * @param stored its physical key
   * @param existed whether an entry already holds the full key
   */
  public record Slot(byte[] stored, boolean existed) {}

  /** Whether a full key of this length is stored truncated. */
  public static boolean isLong(int length) {
    return length > PREFIX;
  }

  /** The physical key holding the long full key {@code key}, or null when there is none. */
  byte[] find(Txn<DirectBuffer> txn, byte[] key) {
    KeyGroup.Position p = KeyGroup.locate(data, txn, key);
    return p.found() ? p.at().stored() : null;
  }

  /**
   * The physical key holding the long full key {@code key}, or a new one to write it under,
   * labelled between its neighbours (relabelling part of the group when they leave no room).
   */
  Slot place(Txn<DirectBuffer> txn, byte[] key) {
    KeyGroup.Position p = KeyGroup.locate(data, txn, key);
    if (p.found()) return new Slot(p.at().stored(), true);
    OptionalLong min = p.before() == null ? OptionalLong.of(0) : Labels.after(p.before().stored());
    OptionalLong max = p.at() == null ? OptionalLong.of(-1L) : Labels.before(p.at().stored());
    if (min.isPresent() && max.isPresent()) {
      OptionalLong label = Labels.between(min.getAsLong(), max.getAsLong(), p.before() != null, p.at() != null);
      if (label.isPresent()) return new Slot(stored(key, label.getAsLong()), false);
    }
    return new Slot(relabel(txn, key), false);
  }

  /**
   * A range bound in physical keys: an entry's physical key is at or after the result exactly
   * when its full key is at or after {@code bound}. Bounds within the prefix are their own
   * translation (a truncated key compares with them by its prefix alone).
   */
  public byte[] bound(Txn<DirectBuffer> txn, byte[] bound) {
    if (!isLong(bound.length)) return bound;
    KeyGroup.Position p = KeyGroup.locate(data, txn, bound);
    return p.at() != null ? p.at().stored() : pastGroup(bound);
  }

  /** A physical key after every member of the group of {@code key}, before anything else. */
  static byte[] pastGroup(byte[] key) {
    byte[] past = Arrays.copyOf(key, PREFIX + Long.BYTES + 1);
    Arrays.fill(past, PREFIX, PREFIX + Long.BYTES, (byte) 0xFF);
    past[PREFIX + Long.BYTES] = 0;
    return past;
  }

  /**
   * Spreads the labels of the truncated members between the nearest members that cannot move
   * (full keys stored as they are) around where {@code key} goes, and returns {@code key}'s.
   */
  private byte[] relabel(Txn<DirectBuffer> txn, byte[] key) {
    List<KeyGroup.Member> all = KeyGroup.all(data, txn, key);
    int at = 0;
    while (at < all.size() && all.get(at).compareTo(key) < 0) at++;
    int from = at;
    while (from > 0 && all.get(from - 1).truncated()) from--;
    int to = at;
    while (to < all.size() && all.get(to).truncated()) to++;
    OptionalLong min = from == 0 ? OptionalLong.of(0) : Labels.after(all.get(from - 1).stored());
    OptionalLong max = to == all.size() ? OptionalLong.of(-1L) : Labels.before(all.get(to).stored());
    long[] labels = min.isPresent() && max.isPresent() ? Labels.spread(min.getAsLong(), max.getAsLong(), to - from + 1) : null;
    if (labels == null) throw new IllegalStateException("No room for another long key after " + (to - from) + " keys sharing a prefix");
    List<byte[]> values = new ArrayList<>();
    for (int i = from; i < to; i++) {
      DirectBuffer k = Scratch.get().view(0, all.get(i).stored());
      values.add(Scratch.toArray(data.get(txn, k)));
      writes.delete(data, txn, k);
    }
    // Deleted first, then written: a new label may be an old label of a later member.
    for (int i = from; i < to; i++) {
      long label = labels[i < at ? i - from : i - from + 1];
      Scratch s = Scratch.get();
      writes.put(data, txn, s.view(0, stored(key, label)), s.view(1, values.get(i - from)));
    }
    return stored(key, labels[at - from]);
  }

  private static byte[] stored(byte[] key, long label) {
    byte[] out = Arrays.copyOf(key, PREFIX + Long.BYTES);
    for (int i = 0; i < Long.BYTES; i++) out[PREFIX + i] = (byte) (label >>> (56 - 8 * i));
    return out;
  }
}
