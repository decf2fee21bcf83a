package io.dynasql.engine.store;

import java.util.ArrayList;
import java.util.List;
import org.agrona.DirectBuffer;
import org.lmdbjava.Dbi;
import org.lmdbjava.PutFlags;
import org.lmdbjava.Txn;

/**
 * Every change the engine makes to LMDB goes through here, so the writer can tell whether a
 * request that failed had already changed its transaction. Requests share one LMDB transaction
 * per group commit (LMDB cannot nest transactions in a write-mapped environment); a request that
 * fails before its first write is simply dropped from the group, and one that fails after it
 * makes the writer run the group again without it (see {@link GroupCommitter}).
 *
 * <p>The count is kept by, and only meaningful to, the thread that writes: LMDB allows one write
 * transaction at a time, so all writes of a store happen on one thread at a time.
 */
public final class Writes {
  /**
   * Work a request defers to its end, such as statistics that many of its writes change (see
   * {@link Meta#addLater}): written once per request instead of once per item.
   */
  public interface Deferred {
    /** Writes what the request deferred, at its end, in its transaction. */
    void flush(Txn<DirectBuffer> txn);

    /** Forgets what the request deferred: it failed, or its transaction is being redone. */
    void drop();
  }

  private final List<Deferred> deferred = new ArrayList<>();
  private long count;

  Writes() {}

  /** Registers deferred work to flush at the end of every request. */
  public void register(Deferred d) {
    deferred.add(d);
  }

  /** The request succeeded: writes what it deferred. */
  void endRequest(Txn<DirectBuffer> txn) {
    for (Deferred d : deferred) d.flush(txn);
  }

  /** The request failed or is abandoned: forgets what it deferred. */
  void abandonRequest() {
    for (Deferred d : deferred) d.drop();
  }

  /** Puts {@code key -> value} into {@code dbi}. */
  public void put(Dbi<DirectBuffer> dbi, Txn<DirectBuffer> txn, DirectBuffer key, DirectBuffer value) {
    count++;
    dbi.put(txn, key, value);
  }

  /**
   * Puts {@code key -> value} unless the key is present; false when it is, and then the
   * transaction's {@code val()} holds the present value.
   */
  public boolean putIfAbsent(Dbi<DirectBuffer> dbi, Txn<DirectBuffer> txn, DirectBuffer key, DirectBuffer value) {
    count++;
    return dbi.put(txn, key, value, PutFlags.MDB_NOOVERWRITE);
  }

  /**
   * Puts {@code key -> value} at the end of {@code dbi} (LMDB's MDB_APPEND: no B-tree search, and
   * full pages instead of half-split ones). The key must sort after every key in {@code dbi};
   * LMDB refuses it otherwise. Import's bulk load writes sorted items this way.
   */
  public void append(Dbi<DirectBuffer> dbi, Txn<DirectBuffer> txn, DirectBuffer key, DirectBuffer value) {
    count++;
    dbi.put(txn, key, value, PutFlags.MDB_APPEND);
  }

  /** Deletes {@code key} from {@code dbi}; false when it was absent. */
  public boolean delete(Dbi<DirectBuffer> dbi, Txn<DirectBuffer> txn, DirectBuffer key) {
    count++;
    return dbi.delete(txn, key);
  }

  /** Deletes the entry the cursor is on. */
  public void deleteCurrent(RangeCursor cursor) {
    count++;
    cursor.delete();
  }

  /** Writes made so far: compared before and after a request to see whether it wrote. */
  long count() {
    return count;
  }
}
