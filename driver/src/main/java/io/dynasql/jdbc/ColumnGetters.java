package io.dynasql.jdbc;

import io.dynasql.calcite.SqlState;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.Ref;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLXML;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Calendar;
import java.util.Map;
import org.apache.calcite.avatica.util.Cursor;

/**
 * The getters by column index, each holding the connection's lock and reading through the
 * {@link ColumnReader} of the current row once {@link #at} has checked the call.
 */
abstract class ColumnGetters extends ResultSetRefusals {
  /**
   * The reader of the current row, after checking that the connection and the result set are
   * open, that {@code column} is in range (07009) and that the cursor is on a row (24000).
   * Called holding the connection's lock.
   */
  abstract ColumnReader at(int column) throws SQLException;

  @Override public final String getString(int column) throws SQLException {
    synchronized (lock()) { return at(column).call(column, Cursor.Accessor::getString); }
  }

  @Override public final String getNString(int column) throws SQLException {
    return getString(column); // dynasql's text is Unicode throughout: NVARCHAR reads as VARCHAR does
  }

  @Override public final boolean getBoolean(int column) throws SQLException {
    synchronized (lock()) { return at(column).bool(column); }
  }

  @Override public final byte getByte(int column) throws SQLException {
    synchronized (lock()) { return at(column).number(column, NumberKind.BYTE).byteValue(); }
  }

  @Override public final short getShort(int column) throws SQLException {
    synchronized (lock()) { return at(column).number(column, NumberKind.SHORT).shortValue(); }
  }

  @Override public final int getInt(int column) throws SQLException {
    synchronized (lock()) { return at(column).number(column, NumberKind.INT).intValue(); }
  }

  @Override public final long getLong(int column) throws SQLException {
    synchronized (lock()) { return at(column).longValue(column); }
  }

  @Override public final float getFloat(int column) throws SQLException {
    synchronized (lock()) { return at(column).number(column, NumberKind.FLOAT).floatValue(); }
  }

  @Override public final double getDouble(int column) throws SQLException {
    synchronized (lock()) { return at(column).number(column, NumberKind.DOUBLE).doubleValue(); }
  }

  @Override public final BigDecimal getBigDecimal(int column) throws SQLException {
    synchronized (lock()) { return (BigDecimal) at(column).number(column, NumberKind.BIG_DECIMAL); }
  }

  /** Rounded half up to {@code scale} digits after the point. */
  @Deprecated
  @Override public final BigDecimal getBigDecimal(int column, int scale) throws SQLException {
    BigDecimal d = getBigDecimal(column);
    return d == null ? null : d.setScale(scale, RoundingMode.HALF_UP);
  }

  @Override public final byte[] getBytes(int column) throws SQLException {
    synchronized (lock()) { return at(column).bytes(column); }
  }

  @Override public final Array getArray(int column) throws SQLException {
    synchronized (lock()) { return at(column).array(column); }
  }

  @Override public final Object getObject(int column) throws SQLException {
    synchronized (lock()) { return at(column).object(column); }
  }

  /** dynasql has no user-defined types, so no type map applies: the value as getObject gives it. */
  @Override public final Object getObject(int column, Map<String, Class<?>> map) throws SQLException {
    return getObject(column);
  }

  @Override public final <T> T getObject(int column, Class<T> type) throws SQLException {
    synchronized (lock()) {
      Object v = TypedObjects.as(at(column), column, type); // a null type is 22023 there
      return type.cast(v);
    }
  }

  @Override public final Date getDate(int column) throws SQLException {
    return getDate(column, null);
  }

  @Override public final Date getDate(int column, Calendar cal) throws SQLException {
    synchronized (lock()) { return at(column).date(column, cal); }
  }

  @Override public final Time getTime(int column) throws SQLException {
    return getTime(column, null);
  }

  @Override public final Time getTime(int column, Calendar cal) throws SQLException {
    synchronized (lock()) { return at(column).time(column, cal); }
  }

  @Override public final Timestamp getTimestamp(int column) throws SQLException {
    return getTimestamp(column, null);
  }

  @Override public final Timestamp getTimestamp(int column, Calendar cal) throws SQLException {
    synchronized (lock()) { return at(column).timestamp(column, cal); }
  }

  @Override public final InputStream getAsciiStream(int column) throws SQLException {
    synchronized (lock()) { return ColumnStreams.ascii(at(column), column); }
  }

  @Deprecated
  @Override public final InputStream getUnicodeStream(int column) throws SQLException {
    synchronized (lock()) { return ColumnStreams.unicode(at(column), column); }
  }

  @Override public final InputStream getBinaryStream(int column) throws SQLException {
    synchronized (lock()) { return ColumnStreams.binary(at(column), column); }
  }

  @Override public final Reader getCharacterStream(int column) throws SQLException {
    synchronized (lock()) { return ColumnStreams.characters(at(column), column); }
  }

  @Override public final Reader getNCharacterStream(int column) throws SQLException {
    return getCharacterStream(column);
  }

  @Override public final Ref getRef(int column) throws SQLException {
    synchronized (lock()) { return at(column).call(column, Cursor.Accessor::getRef); }
  }

  @Override public final Blob getBlob(int column) throws SQLException {
    synchronized (lock()) { return at(column).call(column, Cursor.Accessor::getBlob); }
  }

  @Override public final Clob getClob(int column) throws SQLException {
    synchronized (lock()) { return at(column).call(column, Cursor.Accessor::getClob); }
  }

  @Override public final NClob getNClob(int column) throws SQLException {
    synchronized (lock()) { return at(column).call(column, Cursor.Accessor::getNClob); }
  }

  @Override public final SQLXML getSQLXML(int column) throws SQLException {
    synchronized (lock()) { return at(column).call(column, Cursor.Accessor::getSQLXML); }
  }

  @Override public final URL getURL(int column) throws SQLException {
    synchronized (lock()) { return at(column).call(column, Cursor.Accessor::getURL); }
  }

  @Override public final RowId getRowId(int column) throws SQLException {
    synchronized (lock()) {
      at(column);
      throw new SQLFeatureNotSupportedException("ROWID is not supported: rows are found by their primary key", SqlState.NOT_SUPPORTED.code());
    }
  }
}
