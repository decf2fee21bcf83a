package io.dynasql.jdbc;

import io.dynasql.calcite.dml.DmlExecutor;
import io.dynasql.calcite.dml.PendingItems;
import io.dynasql.engine.Database;
import io.dynasql.engine.api.ReadSet;

/**
 * A connection's transaction when autoCommit is off: each INSERT / UPDATE / DELETE computes its
 * writes when it runs, from the committed data overlaid with the transaction's own writes (which
 * every read of the transaction sees), and the final items are written at {@code commit} in one
 * atomic step. Every item any statement of the transaction read (SELECTs
 * included) is recorded with its version; the commit writes only if all of them are unchanged,
 * else it fails with 40001 naming the item and writes nothing (first committer wins).
 * {@code rollback} discards the pending writes and the reads.
 */
final class Transaction {
  private boolean autoCommit = true;
  private final PendingItems pending = new PendingItems();
  private final ReadSet reads = new ReadSet();

  /** The transaction's uncommitted writes, which its own reads see; null with autoCommit on. */
  PendingItems pending() {
    return autoCommit ? null : pending;
  }

  /** The items the transaction read and their versions; null with autoCommit on. */
  ReadSet reads() {
    return autoCommit ? null : reads;
  }

  boolean autoCommit() {
    return autoCommit;
  }

  /** Switching autoCommit on commits what is pending, as JDBC requires, adding its lines to {@code report} (null: none kept). */
  void setAutoCommit(boolean on, Database db, io.dynasql.pushdown.AccessReport report) throws java.sql.SQLException {
    if (on && !autoCommit) {
      try {
        commit(db, report);
      } catch (RuntimeException e) {
        throw SqlStates.of(e);
      }
    }
    autoCommit = on;
  }

  /** Applies a statement's writes to the transaction's pending items; returns the rows written. */
  int add(Database db, DmlExecutor.PendingWrite w) {
    return pending.apply(db, w);
  }

  /**
   * Applies the pending writes atomically, adding the write's lines to {@code report} (null: none
   * kept); returns rows written. The buffer is empty after, either way.
   */
  long commit(Database db, io.dynasql.pushdown.AccessReport report) {
    try {
      // a transaction that wrote nothing has nothing a conflict could corrupt: its reads need no check
      if (pending.isEmpty()) return 0;
      return DmlExecutor.commit(db, pending.commitWrites(), reads, report);
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
