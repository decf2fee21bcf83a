package io.dynasql.jdbc;

import io.dynasql.calcite.SqlState;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;
import org.apache.calcite.avatica.ColumnMetaData;
import org.apache.calcite.avatica.util.ArrayIteratorCursor;
import org.apache.calcite.avatica.util.Cursor;

/**
 * The driver's result set: rows from an Avatica {@link Cursor} (a query's enumerator, or rows in
 * memory), described by Calcite's column metadata, read forward only and read-only, held over
 * commit. Each {@code next()} is one step its {@link ResultSetHost} runs under the statement's
 * access report, timeout and cancel; every call holds the connection's lock. After close every
 * call but close and isClosed is 24000; after the connection closes, 08003.
 */
final class JdbcResultSet extends ResultSetSettings {
  private final ResultSetHost host;
  private final Cursor cursor;
  private final List<ColumnMetaData> columns;
  private final ColumnReader reader;
  private final JdbcResultSetMetaData metaData;
  private final RowPosition position;
  private boolean closed;
  private boolean warningsCleared;

  /** Rows of {@code cursor}, at most {@code maxRows} of them (0: no limit), as Statement.setMaxRows asks. */
  JdbcResultSet(ResultSetHost host, List<ColumnMetaData> columns, Cursor cursor, long maxRows) {
    this.host = Objects.requireNonNull(host, "host");
    this.cursor = Objects.requireNonNull(cursor, "cursor");
    this.columns = List.copyOf(columns);
    this.reader = new ColumnReader(this.columns, cursor, new ArrayResults(host.lock()));
    this.metaData = new JdbcResultSetMetaData(this.columns);
    this.position = new RowPosition(maxRows);
  }

  /** Rows already in memory (a metadata answer), one array per row in the columns' order. */
  static JdbcResultSet of(ResultSetHost host, List<ColumnMetaData> columns, List<Object[]> rows) {
    return new JdbcResultSet(host, columns, new ArrayIteratorCursor(List.copyOf(rows).iterator()), 0);
  }

  @Override
  Object lock() {
    return host.lock();
  }

  @Override
  RowPosition position() {
    return position;
  }

  @Override
  Statement statementOrNull() {
    return host.statement();
  }

  @Override
  void checkUsable() throws SQLException {
    host.checkConnectionOpen();
    if (closed) throw SqlStates.closed("ResultSet");
  }

  @Override
  ColumnReader at(int column) throws SQLException {
    checkUsable();
    if (column < 1 || column > columns.size()) {
      throw new SQLException("Column index " + column + " is out of range 1.." + columns.size(), SqlState.INVALID_DESCRIPTOR_INDEX.code());
    }
    if (!position.onRow()) {
      throw new SQLException(position.beforeFirst() ? "No current row: call next() first" : "No current row: every row was read", SqlState.INVALID_CURSOR_STATE.code());
    }
    return reader;
  }

  @Override
  public boolean next() throws SQLException {
    synchronized (host.lock()) {
      checkUsable();
      if (position.ended()) return false;
      boolean more;
      try {
        more = !position.limitReached() && host.step(this::advance);
      } catch (RuntimeException | Error e) {
        throw SqlStates.of(e);
      }
      if (more) {
        position.advanced();
      } else {
        position.end();
        host.exhausted();
      }
      return more;
    }
  }

  /** One move of the cursor; what the query fails with (a stored value that does not fit, say) as a SQLException. */
  private boolean advance() throws SQLException {
    try {
      return cursor.next();
    } catch (SQLException e) {
      throw e.getSQLState() == null ? SqlStates.of(e) : e;
    } catch (RuntimeException | Error e) {
      throw SqlStates.of(e);
    }
  }

  @Override
  public void close() throws SQLException {
    close(true);
  }

  /**
   * Closes once: the cursor (the query's enumerator), then tells the host. {@code byCaller} is
   * false when the statement closes it, which must not trigger its closeOnCompletion.
   */
  void close(boolean byCaller) throws SQLException {
    synchronized (host.lock()) {
      if (closed) return;
      closed = true;
      try {
        cursor.close();
      } catch (RuntimeException | Error e) {
        throw SqlStates.of(e);
      } finally {
        host.closed(this, byCaller);
      }
    }
  }

  @Override
  public boolean isClosed() {
    synchronized (host.lock()) {
      return closed;
    }
  }

  @Override
  public boolean wasNull() throws SQLException {
    synchronized (host.lock()) {
      checkUsable();
      return cursor.wasNull();
    }
  }

  /** First column with this label, ignoring case (JDBC's rule); 42S22 when there is none. */
  @Override
  public int findColumn(String label) throws SQLException {
    synchronized (host.lock()) {
      checkUsable();
      for (int i = 0; i < columns.size(); i++) {
        if (columns.get(i).label != null && columns.get(i).label.equalsIgnoreCase(label)) return i + 1;
      }
      throw new SQLSyntaxErrorException("Column " + label + " is not in the result set", SqlState.COLUMN_NOT_FOUND.code());
    }
  }

  @Override
  public ResultSetMetaData getMetaData() throws SQLException {
    synchronized (host.lock()) {
      checkUsable();
      return metaData;
    }
  }

  @Override
  public Statement getStatement() throws SQLException {
    synchronized (host.lock()) {
      checkUsable();
      return host.statement();
    }
  }

  /** The statement's warnings (its SCANs so far, values read leniently) until clearWarnings. */
  @Override
  public SQLWarning getWarnings() throws SQLException {
    synchronized (host.lock()) {
      checkUsable();
      return warningsCleared ? null : host.warnings();
    }
  }

  @Override
  public void clearWarnings() throws SQLException {
    synchronized (host.lock()) {
      checkUsable();
      warningsCleared = true;
    }
  }
}
