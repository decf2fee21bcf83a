package io.dynasql.jdbc;

import io.dynasql.calcite.dml.DmlExecutor;
import io.dynasql.engine.Database;
import java.util.ArrayList;
import java.util.List;

/**
 * A connection's transaction when autoCommit is off: each INSERT / UPDATE / DELETE computes its
 * writes from committed data when it runs, and the writes of all statements are applied at
 * {@code commit} in one atomic step, every condition re-checked then (an item changed or deleted
 * in between fails the commit and nothing is written); {@code rollback} discards them. Reads see
 * committed data only, not the transaction's own pending writes (READ_COMMITTED).
 */
final class Transaction {
  private boolean autoCommit = true;
  private final List<DmlExecutor.PendingWrite> pending = new ArrayList<>();

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
    if (pending.isEmpty()) return 0;
    try {
      return DmlExecutor.commit(db, new ArrayList<>(pending));
    } finally {
      pending.clear();
    }
  }

  void rollback() {
    pending.clear();
  }
}
