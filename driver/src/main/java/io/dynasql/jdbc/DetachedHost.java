package io.dynasql.jdbc;

import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.Objects;

/** The {@link ResultSetHost} of rows already in memory: see {@link ResultSetHost#detached(Object)}. */
record DetachedHost(Object lock, ResultSetHost.OpenCheck connectionOpen) implements ResultSetHost {
  DetachedHost {
    Objects.requireNonNull(lock, "lock");
    Objects.requireNonNull(connectionOpen, "connectionOpen");
  }

  @Override
  public Statement statement() {
    return null;
  }

  @Override
  public void checkConnectionOpen() throws SQLException {
    connectionOpen.check();
  }

  @Override
  public boolean step(SqlStep step) throws SQLException {
    return step.next();
  }

  @Override
  public SQLWarning warnings() {
    return null;
  }

  @Override
  public void exhausted() {
    // nothing to log: in-memory rows read nothing from the store
  }

  @Override
  public void closed(JdbcResultSet rs, boolean byCaller) {
    // no statement to tell
  }
}
