package io.dynasql.jdbc;

import io.dynasql.calcite.SqlState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;

/**
 * What a result set says of itself: where it stands ({@link RowPosition}), its kind
 * (forward-only, read-only, held over commit: see {@link ResultSetKinds}) and the hints it takes
 * (fetch size and direction), plus the wrapper methods. The fetch size is a hint dynasql does not
 * need (rows are read one by one as next() asks), kept so that it reads back as set.
 */
abstract class ResultSetSettings extends LabelGetters {
  /** Set by setFetchSize; until then, the statement's. */
  private int fetchSize = -1;

  /** The statement the result set came from, or null. */
  abstract Statement statementOrNull();

  /** Where the result set stands. */
  abstract RowPosition position();

  @Override
  public final int getType() throws SQLException {
    synchronized (lock()) {
      checkUsable();
      return ResultSet.TYPE_FORWARD_ONLY;
    }
  }

  @Override
  public final int getConcurrency() throws SQLException {
    synchronized (lock()) {
      checkUsable();
      return ResultSet.CONCUR_READ_ONLY;
    }
  }

  @Override
  public final int getHoldability() throws SQLException {
    synchronized (lock()) {
      checkUsable();
      return ResultSet.HOLD_CURSORS_OVER_COMMIT;
    }
  }

  /** Forward only: FETCH_FORWARD is taken; the other directions are refused as JDBC says (24000); any other number is 22023. */
  @Override
  public final void setFetchDirection(int direction) throws SQLException {
    synchronized (lock()) {
      checkUsable();
      if (direction == ResultSet.FETCH_FORWARD) return;
      if (direction == ResultSet.FETCH_REVERSE || direction == ResultSet.FETCH_UNKNOWN) throw forwardOnly("setFetchDirection(" + direction + ")");
      throw SqlStates.invalidArgument("setFetchDirection: " + direction + " is not FETCH_FORWARD, FETCH_REVERSE or FETCH_UNKNOWN");
    }
  }

  @Override
  public final int getFetchDirection() throws SQLException {
    synchronized (lock()) {
      checkUsable();
      return ResultSet.FETCH_FORWARD;
    }
  }

  @Override
  public final void setFetchSize(int rows) throws SQLException {
    synchronized (lock()) {
      checkUsable();
      if (rows < 0) throw SqlStates.invalidArgument("fetchSize " + rows + " < 0");
      fetchSize = rows;
    }
  }

  @Override
  public final int getFetchSize() throws SQLException {
    synchronized (lock()) {
      checkUsable();
      if (fetchSize >= 0) return fetchSize;
      Statement statement = statementOrNull();
      return statement == null ? 0 : statement.getFetchSize();
    }
  }

  /** Positioned UPDATE and DELETE (WHERE CURRENT OF) are not SQL dynasql takes, so cursors have no names. */
  @Override
  public final String getCursorName() throws SQLException {
    synchronized (lock()) {
      checkUsable();
      throw new SQLFeatureNotSupportedException("Named cursors are not supported: update rows by their key with UPDATE", SqlState.NOT_SUPPORTED.code());
    }
  }

  @Override
  public final <T> T unwrap(Class<T> iface) throws SQLException {
    synchronized (lock()) {
      checkUsable();
      if (iface != null && iface.isInstance(this)) return iface.cast(this);
      throw new SQLException("The result set is not a wrapper for " + (iface == null ? "null" : iface.getName()), SqlState.GENERAL_ERROR.code());
    }
  }

  @Override
  public final boolean isWrapperFor(Class<?> iface) throws SQLException {
    synchronized (lock()) {
      checkUsable();
      return iface != null && iface.isInstance(this);
    }
  }

  @Override
  public final boolean isBeforeFirst() throws SQLException {
    synchronized (lock()) {
      checkUsable();
      return position().beforeFirst();
    }
  }

  @Override
  public final boolean isAfterLast() throws SQLException {
    synchronized (lock()) {
      checkUsable();
      return position().afterLast();
    }
  }

  @Override
  public final boolean isFirst() throws SQLException {
    synchronized (lock()) {
      checkUsable();
      return position().row() == 1;
    }
  }

  /**
   * False off a row; on a row, unknowable without reading ahead, which a forward-only set need
   * not do (JDBC makes isLast optional for TYPE_FORWARD_ONLY).
   */
  @Override
  public final boolean isLast() throws SQLException {
    synchronized (lock()) {
      checkUsable();
      if (!position().onRow()) return false;
      throw new SQLFeatureNotSupportedException("isLast on a row of a forward-only result set: call next() and see", SqlState.NOT_SUPPORTED.code());
    }
  }

  @Override
  public final int getRow() throws SQLException {
    synchronized (lock()) {
      checkUsable();
      return position().row();
    }
  }
}
