package io.dynasql.calcite.dml;

import io.dynasql.engine.error.TransactionConflictException;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs a statement that reads, computes and writes on condition that what it read is unchanged,
 * again from its read when another writer got there first: a bounded number of attempts with a
 * short randomised pause between them (so contenders spread out instead of colliding again), then
 * SQLState 40001, the standard "could not serialize" that applications retry.
 */
final class OptimisticRetry {
  /** Attempts before giving up. */
  static final int ATTEMPTS = 64;

  private OptimisticRetry() {}

  /** One attempt: reads, writes, returns rows written, or throws TransactionConflictException. */
  interface Attempt {
    long run() throws SQLException;
  }

  static long run(String table, Attempt attempt) throws SQLException {
    TransactionConflictException last = null;
    for (int i = 0; i < ATTEMPTS; i++) {
      try {
        return attempt.run();
      } catch (TransactionConflictException e) {
        last = e;
        // up to 50 µs per attempt so far, capped at 2 ms: long enough for the winner's commit to land
        LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(1, Math.min(2_000_000, 50_000L * (i + 1))));
      }
    }
    throw new DmlException(DmlException.SERIALIZATION, "The statement on " + table + " was not applied: the items it read were "
        + "changed by other writers in each of " + ATTEMPTS + " attempts (last: " + last.getMessage() + "); retry it");
  }
}
