package io.dynasql.jdbc;

import io.dynasql.calcite.SqlState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The settings of {@link Statement} that change nothing in how dynasql runs a statement, kept so
 * that tools which set and read them back see what they set: fetch size and direction (rows are
 * read lazily, page by page, whatever the fetch size), max field size, escape processing,
 * poolable; and the one kind of result set dynasql makes (see {@link ResultSetKinds}).
 */
abstract class StatementDefaults implements Statement {
  private int fetchSize;
  private int maxFieldSize;
  private boolean poolable;

  /** Throws when the statement or its connection is closed. */
  abstract void checkOpen() throws SQLException;

  @Override
  public void setFetchSize(int rows) throws SQLException {
    checkOpen();
    if (rows < 0) throw SqlStates.invalidArgument("fetchSize " + rows + " < 0");
    fetchSize = rows;
  }

  @Override
  public int getFetchSize() throws SQLException {
    checkOpen();
    return fetchSize;
  }

  @Override
  public void setFetchDirection(int direction) throws SQLException {
    checkOpen();
    if (direction != ResultSet.FETCH_FORWARD) {
      throw new SQLException("dynasql result sets are forward-only: fetch direction " + direction + " refused", SqlState.INVALID_FETCH_DIRECTION.code());
    }
  }

  @Override
  public int getFetchDirection() throws SQLException {
    checkOpen();
    return ResultSet.FETCH_FORWARD;
  }

  @Override
  public void setMaxFieldSize(int max) throws SQLException {
    checkOpen();
    if (max < 0) throw SqlStates.invalidArgument("maxFieldSize " + max + " < 0");
    maxFieldSize = max;
  }

  @Override
  public int getMaxFieldSize() throws SQLException {
    checkOpen();
    return maxFieldSize;
  }

  @Override
  public void setEscapeProcessing(boolean enable) throws SQLException {
    checkOpen(); // dynasql's SQL has no JDBC escape syntax to process
  }

  @Override
  public void setCursorName(String name) throws SQLException {
    checkOpen(); // positioned updates do not exist (result sets are read-only): the name is never used
  }

  @Override
  public void setPoolable(boolean poolable) throws SQLException {
    checkOpen();
    this.poolable = poolable;
  }

  @Override
  public boolean isPoolable() throws SQLException {
    checkOpen();
    return poolable;
  }

  @Override
  public int getResultSetConcurrency() throws SQLException {
    checkOpen();
    return ResultSet.CONCUR_READ_ONLY;
  }

  @Override
  public int getResultSetType() throws SQLException {
    checkOpen();
    return ResultSet.TYPE_FORWARD_ONLY;
  }

  @Override
  public int getResultSetHoldability() throws SQLException {
    checkOpen();
    return ResultSet.HOLD_CURSORS_OVER_COMMIT;
  }
}
