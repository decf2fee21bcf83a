package io.dynasql.engine.store;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import org.agrona.DirectBuffer;
import org.lmdbjava.Cursor;
import org.lmdbjava.Dbi;
import org.lmdbjava.GetOp;
import org.lmdbjava.SeekOp;
import org.lmdbjava.Txn;

/**
 * Walks the keys of {@code [low, high)} forward or backward. {@link #key()} and {@link #val()}
 * point into LMDB memory and are valid only until the next move or the end of the transaction.
 */
public final class RangeCursor implements AutoCloseable {
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

  private final Cursor<DirectBuffer> cursor;
  private final byte[] low;
  private final byte[] high;
  private final boolean forward;
  /** Where the LMDB cursor came from and goes back to; null when close() closes it. */
  private final ReadCursors owner;
  private final Txn<DirectBuffer> txn;
  private boolean started;
  private boolean closed;
  /** So a damaged page cannot make the walk loop (see {@link KeyOrder}). */
  private final KeyOrder order;

  /**
   * @param low inclusive lower bound
   * @param high exclusive upper bound, or null for no bound
   * @param forward ascending when true
   */
  public RangeCursor(Dbi<DirectBuffer> dbi, Txn<DirectBuffer> txn, byte[] low, byte[] high, boolean forward) {
    this(dbi.openCursor(txn), null, txn, low, high, forward);
  }

  /** A range over a cursor of {@code owner}'s (see {@link LmdbStore#range}). */
  RangeCursor(ReadCursors owner, Txn<DirectBuffer> txn, byte[] low, byte[] high, boolean forward) {
    this(owner.open(txn), owner, txn, low, high, forward);
  }

  private RangeCursor(Cursor<DirectBuffer> cursor, ReadCursors owner, Txn<DirectBuffer> txn,
      byte[] low, byte[] high, boolean forward) {
    this.cursor = cursor;
    this.owner = owner;
    this.txn = txn;
    this.low = low;
    this.high = high;
    this.forward = forward;
    this.order = new KeyOrder(forward);
  }

  /** Moves to the next key in range; false when the range is exhausted. */
  public boolean next() {
    boolean found;
    if (!started) {
      started = true;
      found = forward ? first() : last();
    } else {
      found = cursor.seek(forward ? SeekOp.MDB_NEXT : SeekOp.MDB_PREV);
    }
    if (found) order.advance(cursor.key());
    return found && inRange();
  }

  private boolean first() {
    return cursor.get(Scratch.get().view(2, low), GetOp.MDB_SET_RANGE);
  }

  private boolean last() {
    if (high == null) return cursor.last();
    if (cursor.get(Scratch.get().view(2, high), GetOp.MDB_SET_RANGE)) {
      return cursor.seek(SeekOp.MDB_PREV);
    }
    return cursor.last();
  }

  /**
   * Going forward from MDB_SET_RANGE on {@code low}, keys only grow, so only {@code high} can be
   * crossed; going backward from below {@code high}, only {@code low}.
   */
  private boolean inRange() {
    // The key was just copied to the heap by the order check: compared there with one intrinsic.
    if (forward) return high == null || order.compareLast(high) < 0;
    return order.compareLast(low) >= 0;
  }

  /** Unsigned lexicographic comparison of LMDB key bytes with a bound, 8 bytes at a time. */
  public static int compare(DirectBuffer k, byte[] bound) {
    int n = Math.min(k.capacity(), bound.length);
    int i = 0;
    for (; i + Long.BYTES <= n; i += Long.BYTES) {
      long a = k.getLong(i, ByteOrder.BIG_ENDIAN);
      long b = (long) LONGS.get(bound, i);
      if (a != b) return Long.compareUnsigned(a, b);
    }
    for (; i < n; i++) {
      int c = Integer.compare(k.getByte(i) & 0xff, bound[i] & 0xff);
      if (c != 0) return c;
    }
    return Integer.compare(k.capacity(), bound.length);
  }

  public DirectBuffer key() { return cursor.key(); }

  public DirectBuffer val() { return cursor.val(); }

  /** Deletes the current entry (write transactions only). */
  void delete() { cursor.delete(); }

  @Override
  public void close() {
    if (closed) return;
    closed = true;
    if (owner == null) cursor.close();
    else owner.release(cursor, txn);
  }
}
