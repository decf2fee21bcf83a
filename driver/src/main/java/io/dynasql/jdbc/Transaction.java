package io.dynasql.jdbc;

import io.dynasql.calcite.dml.DmlExecutor;
import io.dynasql.engine.Database;
import io.dynasql.engine.api.ReadSet;
import java.util.ArrayList;
import java.util.List;

/**
 * A connection's transaction when autoCommit is off: each INSERT / UPDATE / DELETE computes its
 * writes from committed data when it runs, and the writes of all statements are applied at
 * {@code commit} in one atomic step. Every item any statement of the transaction read (SELECTs
 * included) is recorded with its version; the commit writes only if all of them are unchanged,
 * else it fails with 40001 naming the item and writes nothing (first committer wins).
 * {@code rollback} discards the pending writes and the reads.
 */
final class Transaction {
  private boolean autoCommit = true;
  private final List<DmlExecutor.PendingWrite> pending = new ArrayList<>();
  private final ReadSet reads = new ReadSet();

  /** The items the transaction read and their versions; null with autoCommit on. */
  ReadSet reads() {
    return autoCommit ? null : reads;
  }

  boolean autoCommit() {
    return autoCommit;
  }

  /** Switching autoCommit on commits what is pending, as JDBC requires. */
  void setAutoCommit(boolean on, Database db) throws java.sql.SQLException {
    if (on && !autoCommit) {
      try {
        commit(db);
      } catch (RuntimeException e) {
        throw SqlStates.of(e);
      }
    }
    autoCommit = on;
  }

  void add(DmlExecutor.PendingWrite w) {
    pending.add(w);
  }

  /** Applies the pending writes atomically; returns rows written. The buffer is empty after, either way. */
  long commit(Database db) {
    try {
      // a transaction that wrote nothing has nothing a conflict could corrupt: its reads need no check
      if (pending.isEmpty()) return 0;
      return DmlExecutor.commit(db, new ArrayList<>(pending), reads);
    } finally {
      pending.clear();
      reads.clear();
    }
  }

  void rollback() {
    pending.clear();
    reads.clear();
  }
}
