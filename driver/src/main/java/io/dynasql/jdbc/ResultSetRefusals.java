package io.dynasql.jdbc;

import io.dynasql.calcite.SqlState;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLType;
import java.sql.SQLXML;
import java.sql.Time;
import java.sql.Timestamp;

/**
 * What a forward-only, read-only result set refuses. Every change to its rows is a
 * SQLFeatureNotSupportedException 0A000 naming the method (dynasql's rows are changed with
 * UPDATE, DELETE and INSERT). Every move but {@code next()} is a SQLException 24000, as JDBC
 * asks of a TYPE_FORWARD_ONLY result set; not 0A000, which connection pools such as HikariCP
 * take for a broken connection. A call on a closed result set fails as any other call does.
 */
abstract class ResultSetRefusals implements ResultSet {
  /** Checks the connection and the result set are open; called holding the connection's lock. */
  abstract void checkUsable() throws SQLException;

  /** The connection's lock. */
  abstract Object lock();

  /** The refusal of {@code method}, once the result set is known to be usable. */
  final SQLException refused(String method) throws SQLException {
    synchronized (lock()) {
      checkUsable();
    }
    return new SQLFeatureNotSupportedException("Result sets are read-only (CONCUR_READ_ONLY): " + method
        + " is not supported; change rows with UPDATE, DELETE or INSERT", SqlState.NOT_SUPPORTED.code());
  }

  /** The refusal of a move other than next(), once the result set is known to be usable. */
  final SQLException forwardOnly(String method) throws SQLException {
    synchronized (lock()) {
      checkUsable();
    }
    return new SQLException("The result set is forward-only (TYPE_FORWARD_ONLY): " + method
        + " is not possible; read the rows in order with next()", SqlState.INVALID_CURSOR_STATE.code());
  }

  @Override
  public final boolean absolute(int row) throws SQLException {
    throw forwardOnly("absolute");
  }

  @Override
  public final boolean relative(int rows) throws SQLException {
    throw forwardOnly("relative");
  }

  @Override
  public final boolean previous() throws SQLException {
    throw forwardOnly("previous");
  }

  @Override
  public final boolean first() throws SQLException {
    throw forwardOnly("first");
  }

  @Override
  public final boolean last() throws SQLException {
    throw forwardOnly("last");
  }

  @Override
  public final void beforeFirst() throws SQLException {
    throw forwardOnly("beforeFirst");
  }

  @Override
  public final void afterLast() throws SQLException {
    throw forwardOnly("afterLast");
  }

  @Override
  public final void insertRow() throws SQLException {
    throw refused("insertRow");
  }

  @Override
  public final void deleteRow() throws SQLException {
    throw refused("deleteRow");
  }

  @Override
  public final void refreshRow() throws SQLException {
    throw refused("refreshRow");
  }

  @Override
  public final void cancelRowUpdates() throws SQLException {
    throw refused("cancelRowUpdates");
  }

  @Override
  public final void moveToInsertRow() throws SQLException {
    throw refused("moveToInsertRow");
  }

  @Override
  public final void moveToCurrentRow() throws SQLException {
    throw refused("moveToCurrentRow");
  }

  @Override
  public final boolean rowUpdated() throws SQLException {
    synchronized (lock()) {
      checkUsable();
      return false;
    }
  }

  @Override
  public final boolean rowInserted() throws SQLException {
    synchronized (lock()) {
      checkUsable();
      return false;
    }
  }

  @Override
  public final boolean rowDeleted() throws SQLException {
    synchronized (lock()) {
      checkUsable();
      return false;
    }
  }

  // The update methods: one line each, since each says the same.
  @Override public final void updateNull(int column) throws SQLException { throw refused("updateNull"); }
  @Override public final void updateBoolean(int column, boolean x) throws SQLException { throw refused("updateBoolean"); }
  @Override public final void updateByte(int column, byte x) throws SQLException { throw refused("updateByte"); }
  @Override public final void updateShort(int column, short x) throws SQLException { throw refused("updateShort"); }
  @Override public final void updateInt(int column, int x) throws SQLException { throw refused("updateInt"); }
  @Override public final void updateLong(int column, long x) throws SQLException { throw refused("updateLong"); }
  @Override public final void updateFloat(int column, float x) throws SQLException { throw refused("updateFloat"); }
  @Override public final void updateDouble(int column, double x) throws SQLException { throw refused("updateDouble"); }
  @Override public final void updateBigDecimal(int column, BigDecimal x) throws SQLException { throw refused("updateBigDecimal"); }
  @Override public final void updateString(int column, String x) throws SQLException { throw refused("updateString"); }
  @Override public final void updateBytes(int column, byte[] x) throws SQLException { throw refused("updateBytes"); }
  @Override public final void updateDate(int column, Date x) throws SQLException { throw refused("updateDate"); }
  @Override public final void updateTime(int column, Time x) throws SQLException { throw refused("updateTime"); }
  @Override public final void updateTimestamp(int column, Timestamp x) throws SQLException { throw refused("updateTimestamp"); }
  @Override public final void updateAsciiStream(int column, InputStream x, int length) throws SQLException { throw refused("updateAsciiStream"); }
  @Override public final void updateBinaryStream(int column, InputStream x, int length) throws SQLException { throw refused("updateBinaryStream"); }
  @Override public final void updateCharacterStream(int column, Reader x, int length) throws SQLException { throw refused("updateCharacterStream"); }
  @Override public final void updateObject(int column, Object x, int scale) throws SQLException { throw refused("updateObject"); }
  @Override public final void updateObject(int column, Object x) throws SQLException { throw refused("updateObject"); }
  @Override public final void updateNull(String label) throws SQLException { throw refused("updateNull"); }
  @Override public final void updateBoolean(String label, boolean x) throws SQLException { throw refused("updateBoolean"); }
  @Override public final void updateByte(String label, byte x) throws SQLException { throw refused("updateByte"); }
  @Override public final void updateShort(String label, short x) throws SQLException { throw refused("updateShort"); }
  @Override public final void updateInt(String label, int x) throws SQLException { throw refused("updateInt"); }
  @Override public final void updateLong(String label, long x) throws SQLException { throw refused("updateLong"); }
  @Override public final void updateFloat(String label, float x) throws SQLException { throw refused("updateFloat"); }
  @Override public final void updateDouble(String label, double x) throws SQLException { throw refused("updateDouble"); }
  @Override public final void updateBigDecimal(String label, BigDecimal x) throws SQLException { throw refused("updateBigDecimal"); }
  @Override public final void updateString(String label, String x) throws SQLException { throw refused("updateString"); }
  @Override public final void updateBytes(String label, byte[] x) throws SQLException { throw refused("updateBytes"); }
  @Override public final void updateDate(String label, Date x) throws SQLException { throw refused("updateDate"); }
  @Override public final void updateTime(String label, Time x) throws SQLException { throw refused("updateTime"); }
  @Override public final void updateTimestamp(String label, Timestamp x) throws SQLException { throw refused("updateTimestamp"); }
  @Override public final void updateAsciiStream(String label, InputStream x, int length) throws SQLException { throw refused("updateAsciiStream"); }
  @Override public final void updateBinaryStream(String label, InputStream x, int length) throws SQLException { throw refused("updateBinaryStream"); }
  @Override public final void updateCharacterStream(String label, Reader x, int length) throws SQLException { throw refused("updateCharacterStream"); }
  @Override public final void updateObject(String label, Object x, int scale) throws SQLException { throw refused("updateObject"); }
  @Override public final void updateObject(String label, Object x) throws SQLException { throw refused("updateObject"); }
  @Override public final void updateRow() throws SQLException { throw refused("updateRow"); }
  @Override public final void updateRef(int column, Ref x) throws SQLException { throw refused("updateRef"); }
  @Override public final void updateRef(String label, Ref x) throws SQLException { throw refused("updateRef"); }
  @Override public final void updateBlob(int column, Blob x) throws SQLException { throw refused("updateBlob"); }
  @Override public final void updateBlob(String label, Blob x) throws SQLException { throw refused("updateBlob"); }
  @Override public final void updateClob(int column, Clob x) throws SQLException { throw refused("updateClob"); }
  @Override public final void updateClob(String label, Clob x) throws SQLException { throw refused("updateClob"); }
  @Override public final void updateArray(int column, Array x) throws SQLException { throw refused("updateArray"); }
  @Override public final void updateArray(String label, Array x) throws SQLException { throw refused("updateArray"); }
  @Override public final void updateRowId(int column, RowId x) throws SQLException { throw refused("updateRowId"); }
  @Override public final void updateRowId(String label, RowId x) throws SQLException { throw refused("updateRowId"); }
  @Override public final void updateNString(int column, String x) throws SQLException { throw refused("updateNString"); }
  @Override public final void updateNString(String label, String x) throws SQLException { throw refused("updateNString"); }
  @Override public final void updateNClob(int column, NClob x) throws SQLException { throw refused("updateNClob"); }
  @Override public final void updateNClob(String label, NClob x) throws SQLException { throw refused("updateNClob"); }
  @Override public final void updateSQLXML(int column, SQLXML x) throws SQLException { throw refused("updateSQLXML"); }
  @Override public final void updateSQLXML(String label, SQLXML x) throws SQLException { throw refused("updateSQLXML"); }
  @Override public final void updateNCharacterStream(int column, Reader x, long length) throws SQLException { throw refused("updateNCharacterStream"); }
  @Override public final void updateNCharacterStream(String label, Reader x, long length) throws SQLException { throw refused("updateNCharacterStream"); }
  @Override public final void updateAsciiStream(int column, InputStream x, long length) throws SQLException { throw refused("updateAsciiStream"); }
  @Override public final void updateBinaryStream(int column, InputStream x, long length) throws SQLException { throw refused("updateBinaryStream"); }
  @Override public final void updateCharacterStream(int column, Reader x, long length) throws SQLException { throw refused("updateCharacterStream"); }
  @Override public final void updateAsciiStream(String label, InputStream x, long length) throws SQLException { throw refused("updateAsciiStream"); }
  @Override public final void updateBinaryStream(String label, InputStream x, long length) throws SQLException { throw refused("updateBinaryStream"); }
  @Override public final void updateCharacterStream(String label, Reader x, long length) throws SQLException { throw refused("updateCharacterStream"); }
  @Override public final void updateBlob(int column, InputStream x, long length) throws SQLException { throw refused("updateBlob"); }
  @Override public final void updateBlob(String label, InputStream x, long length) throws SQLException { throw refused("updateBlob"); }
  @Override public final void updateClob(int column, Reader x, long length) throws SQLException { throw refused("updateClob"); }
  @Override public final void updateClob(String label, Reader x, long length) throws SQLException { throw refused("updateClob"); }
  @Override public final void updateNClob(int column, Reader x, long length) throws SQLException { throw refused("updateNClob"); }
  @Override public final void updateNClob(String label, Reader x, long length) throws SQLException { throw refused("updateNClob"); }
  @Override public final void updateNCharacterStream(int column, Reader x) throws SQLException { throw refused("updateNCharacterStream"); }
  @Override public final void updateNCharacterStream(String label, Reader x) throws SQLException { throw refused("updateNCharacterStream"); }
  @Override public final void updateAsciiStream(int column, InputStream x) throws SQLException { throw refused("updateAsciiStream"); }
  @Override public final void updateBinaryStream(int column, InputStream x) throws SQLException { throw refused("updateBinaryStream"); }
  @Override public final void updateCharacterStream(int column, Reader x) throws SQLException { throw refused("updateCharacterStream"); }
  @Override public final void updateAsciiStream(String label, InputStream x) throws SQLException { throw refused("updateAsciiStream"); }
  @Override public final void updateBinaryStream(String label, InputStream x) throws SQLException { throw refused("updateBinaryStream"); }
  @Override public final void updateCharacterStream(String label, Reader x) throws SQLException { throw refused("updateCharacterStream"); }
  @Override public final void updateBlob(int column, InputStream x) throws SQLException { throw refused("updateBlob"); }
  @Override public final void updateBlob(String label, InputStream x) throws SQLException { throw refused("updateBlob"); }
  @Override public final void updateClob(int column, Reader x) throws SQLException { throw refused("updateClob"); }
  @Override public final void updateClob(String label, Reader x) throws SQLException { throw refused("updateClob"); }
  @Override public final void updateNClob(int column, Reader x) throws SQLException { throw refused("updateNClob"); }
  @Override public final void updateNClob(String label, Reader x) throws SQLException { throw refused("updateNClob"); }
  @Override public final void updateObject(int column, Object x, SQLType type, int scale) throws SQLException { throw refused("updateObject"); }
  @Override public final void updateObject(String label, Object x, SQLType type, int scale) throws SQLException { throw refused("updateObject"); }
  @Override public final void updateObject(int column, Object x, SQLType type) throws SQLException { throw refused("updateObject"); }
  @Override public final void updateObject(String label, Object x, SQLType type) throws SQLException { throw refused("updateObject"); }
}
