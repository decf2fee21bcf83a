package io.dynasql.jdbc;

import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;

/**
 * What a {@link JdbcResultSet} needs from whoever made it: the statement it answers for, the
 * connection's lock, and the statement's rules for reading rows (its access report, timeout and
 * cancel flag stay with the statement, so the result set only asks it to run each step).
 */
interface ResultSetHost {
  /** What {@code getStatement()} returns: null for results made some other way (metadata answers). */
  Statement statement();

  /** The connection's lock: every call on the result set holds it, as every call on the connection does. */
  Object lock();

  /** Throws 08003 when the connection is closed. */
  void checkConnectionOpen() throws SQLException;

  /** Runs one cursor step under the statement's access report, timeout and cancel; returns its answer. */
  boolean step(SqlStep step) throws SQLException;

  /** The statement's warnings so far (SCANs, values read leniently), or null. */
  SQLWarning warnings();

  /** {@code next()} returned false for the first time: every row was given. */
  void exhausted();

  /**
   * The result set closed, once; {@code byCaller} is false when the statement closed it (it ran
   * again, or closed itself), which must not trigger the statement's closeOnCompletion.
   */
  void closed(JdbcResultSet rs, boolean byCaller) throws SQLException;

  /**
   * A host for rows already in memory (metadata answers, an array's rows): no statement, no
   * warnings, each step run as it is; {@code lock} is the connection's lock.
   */
  static ResultSetHost detached(Object lock) {
    return new DetachedHost(lock, () -> {});
  }

  /** As {@link #detached(Object)}, with the connection's open check. */
  static ResultSetHost detached(Object lock, OpenCheck connectionOpen) {
    return new DetachedHost(lock, connectionOpen);
  }

  /** Throws when the connection is closed. */
  @FunctionalInterface
  interface OpenCheck {
    void check() throws SQLException;
  }
}
