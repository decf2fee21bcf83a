package io.dynasql.engine.store;

import org.agrona.DirectBuffer;
import org.lmdbjava.Env;
import org.lmdbjava.Txn;

/**
 * Read transactions of one environment, reset after use and renewed for the next read. Opening
 * an lmdbjava read transaction allocates its native handle and key/value structs and claims a
 * reader slot; {@code mdb_txn_renew} on a reset one only takes a fresh snapshot. The environment
 * is opened with MDB_NOTLS, so a transaction reset on one thread may be renewed on another.
 *
 * <p>A reset transaction holds no snapshot, so it neither keeps old pages alive nor blocks
 * growing the map. Callers hold the map lock while a transaction is in use; {@link #freeAll}
 * runs under its exclusive side, before the environment closes.
 */
final class ReadTxns {
  /** Idle transactions kept; each keeps a reader slot (LmdbStore allows 1024 per environment). */
  private static final int KEPT = 32;

  private final Env<DirectBuffer> env;
  private final IdleSlots<Txn<DirectBuffer>> idle = new IdleSlots<>(KEPT);

  ReadTxns(Env<DirectBuffer> env) {
    this.env = env;
  }

  /** A live read transaction: an idle one renewed, or a new one. */
  Txn<DirectBuffer> begin() {
    Txn<DirectBuffer> txn = idle.take();
    if (txn == null) return env.txnRead();
    try {
      txn.renew();
      return txn;
    } catch (Txn.BadReaderLockException e) {
      discard(txn);
      throw e;
    } catch (RuntimeException e) {
      // A failed renew (the map grown by another process, say) leaves LMDB's txn ended and
      // lmdbjava's marked done: end() resets it, so it can be renewed once the caller recovers.
      end(txn);
      throw e;
    }
  }

  /**
   * Drops a transaction whose reader slot LMDB no longer counts as its own (MDB_BAD_RSLOT).
   * Aborting it would clear that slot, which may be another reader's now, so it is only closed
   * on the Java side; its small native handle is left behind.
   */
  void discard(Txn<DirectBuffer> txn) {
    txn.close();
  }

  /** Ends a transaction from {@link #begin()}, keeping it for reuse when there is room. */
  void end(Txn<DirectBuffer> txn) {
    try {
      txn.reset();
    } catch (RuntimeException alreadyClosed) {
      txn.close();
      return;
    }
    if (!idle.give(txn)) free(txn);
  }

  /** Frees every idle transaction; the environment must still be open. */
  void freeAll() {
    for (Txn<DirectBuffer> txn : idle.drain()) free(txn);
  }

  /**
   * lmdbjava's close aborts (and so frees) only a live transaction, and a reset one would keep
   * its reader slot for the life of the process: renew it first.
   */
  private static void free(Txn<DirectBuffer> txn) {
    try {
      txn.renew();
    } catch (RuntimeException e) {
      // LMDB ended it already; there is nothing more it would free.
    }
    txn.close();
  }
}
