package io.dynasql.jdbc;

import io.dynasql.calcite.SqlState;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLWarning;

/**
 * Transaction isolation as dynasql gives it (docs/sql.md, "Writes and transactions"): every read
 * sees committed data (READ_COMMITTED), and a transaction that writes commits only if every
 * item any of its statements read is unchanged (first committer wins), which also rules out lost
 * updates and non-repeatable reads in writing transactions; phantoms are not detected. Every
 * standard level is accepted, as pools and frameworks set them (HikariCP's
 * {@code transactionIsolation}, Spring's {@code @Transactional(isolation = ...)}); the level the
 * connection reports stays the truthful READ_COMMITTED, and a request for more gets a warning
 * saying what it gets instead of an error that a pool would treat as fatal.
 */
final class Isolation {
  /** What {@code getTransactionIsolation} reports. */
  static final int LEVEL = Connection.TRANSACTION_READ_COMMITTED;

  private Isolation() {}

  /** Accepts {@code level}; the warning to add, or null. */
  static SQLWarning set(int level) throws SQLException {
    switch (level) {
      case Connection.TRANSACTION_READ_COMMITTED:
        return null;
      case Connection.TRANSACTION_READ_UNCOMMITTED:
        return new SQLWarning("TRANSACTION_READ_UNCOMMITTED raised to TRANSACTION_READ_COMMITTED: dynasql reads only "
            + "committed data", SqlState.WARNING.code());
      case Connection.TRANSACTION_REPEATABLE_READ:
      case Connection.TRANSACTION_SERIALIZABLE:
        return new SQLWarning(name(level) + " requested; dynasql gives TRANSACTION_READ_COMMITTED reads, and a writing "
            + "transaction commits only if every item it read is unchanged (first committer wins, SQLState 40001); "
            + "phantoms are not detected", SqlState.WARNING.code());
      default:
        throw SqlStates.invalidArgument("Transaction isolation " + level + " is not a JDBC level (TRANSACTION_NONE "
            + "cannot be set: dynasql has transactions)");
    }
  }

  private static String name(int level) {
    return level == Connection.TRANSACTION_SERIALIZABLE ? "TRANSACTION_SERIALIZABLE" : "TRANSACTION_REPEATABLE_READ";
  }
}
