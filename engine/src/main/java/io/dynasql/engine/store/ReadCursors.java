package io.dynasql.engine.store;

import org.agrona.DirectBuffer;
import org.lmdbjava.Cursor;
import org.lmdbjava.Dbi;
import org.lmdbjava.Txn;

/**
 * Cursors on one database, kept for reuse by read transactions. Opening an lmdbjava cursor
 * allocates its native handle and key/value structs; LMDB lets a cursor used only in read-only
 * transactions be renewed for another one, live or ended, which only resets its position. Every
 * Query and Scan page opens one cursor, so this is on their path as {@link ReadTxns} is.
 * Cursors of write transactions are opened and closed as usual: LMDB tracks them per write.
 */
final class ReadCursors {
  /** Idle cursors kept, as many as idle read transactions. */
  private static final int KEPT = 32;

  private final Dbi<DirectBuffer> dbi;
  private final IdleSlots<Cursor<DirectBuffer>> idle = new IdleSlots<>(KEPT);

  ReadCursors(Dbi<DirectBuffer> dbi) {
    this.dbi = dbi;
  }

  /** A cursor in {@code txn}: for a read transaction an idle one renewed when there is one. */
  Cursor<DirectBuffer> open(Txn<DirectBuffer> txn) {
    Cursor<DirectBuffer> c = txn.isReadOnly() ? idle.take() : null;
    if (c == null) return dbi.openCursor(txn);
    try {
      c.renew(txn);
      return c;
    } catch (RuntimeException e) {
      c.close();
      throw e;
    }
  }

  /** Done with a cursor from {@link #open}: kept when it was a read transaction's and there is room. */
  void release(Cursor<DirectBuffer> c, Txn<DirectBuffer> txn) {
    if (txn.isReadOnly() && idle.give(c)) return;
    c.close();
  }

  /** Closes every idle cursor; the environment must still be open. */
  void closeAll() {
    for (Cursor<DirectBuffer> c : idle.drain()) c.close();
  }
}
