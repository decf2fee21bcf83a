package io.dynasql.jdbc;

import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.PreparedStatement;
import java.sql.Ref;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLType;
import java.sql.SQLXML;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Calendar;
import org.apache.calcite.avatica.AvaticaSite;

/**
 * Every {@code setXxx} of {@link PreparedStatement}, each reduced to one {@link #set} call with
 * the Java value (what an INSERT / UPDATE / DELETE binds) and the same setter on Avatica's
 * {@link AvaticaSite} (what converts a query's parameter exactly as Calcite's driver would).
 */
abstract class PreparedSetters extends JdbcStatement implements PreparedStatement {
  PreparedSetters(JdbcConnection connection) {
    super(connection);
  }

  /** Binds parameter {@code index} (1-based) to {@code raw}, converted by {@code site} where a query needs it. */
  abstract void set(int index, Object raw, SiteCall site) throws SQLException;

  /** One setter of {@link AvaticaSite}. */
  @FunctionalInterface
  interface SiteCall {
    void apply(AvaticaSite site);
  }

  @Override public void setNull(int i, int sqlType) throws SQLException { set(i, null, s -> s.setNull(sqlType)); }
  @Override public void setNull(int i, int sqlType, String typeName) throws SQLException { setNull(i, sqlType); }
  @Override public void setBoolean(int i, boolean x) throws SQLException { set(i, x, s -> s.setBoolean(x)); }
  @Override public void setByte(int i, byte x) throws SQLException { set(i, x, s -> s.setByte(x)); }
  @Override public void setShort(int i, short x) throws SQLException { set(i, x, s -> s.setShort(x)); }
  @Override public void setInt(int i, int x) throws SQLException { set(i, x, s -> s.setInt(x)); }
  @Override public void setLong(int i, long x) throws SQLException { set(i, x, s -> s.setLong(x)); }
  @Override public void setFloat(int i, float x) throws SQLException { set(i, x, s -> s.setFloat(x)); }
  @Override public void setDouble(int i, double x) throws SQLException { set(i, x, s -> s.setDouble(x)); }
  @Override public void setBigDecimal(int i, BigDecimal x) throws SQLException { set(i, x, s -> s.setBigDecimal(x)); }
  @Override public void setString(int i, String x) throws SQLException { set(i, x, s -> s.setString(x)); }
  @Override public void setNString(int i, String x) throws SQLException { set(i, x, s -> s.setNString(x)); }
  @Override public void setBytes(int i, byte[] x) throws SQLException { set(i, x, s -> s.setBytes(x)); }
  @Override public void setDate(int i, Date x) throws SQLException { set(i, x, s -> s.setDate(x, null)); }
  @Override public void setDate(int i, Date x, Calendar c) throws SQLException { set(i, x, s -> s.setDate(x, c)); }
  @Override public void setTime(int i, Time x) throws SQLException { set(i, x, s -> s.setTime(x, null)); }
  @Override public void setTime(int i, Time x, Calendar c) throws SQLException { set(i, x, s -> s.setTime(x, c)); }
  @Override public void setTimestamp(int i, Timestamp x) throws SQLException { set(i, x, s -> s.setTimestamp(x, null)); }
  @Override public void setTimestamp(int i, Timestamp x, Calendar c) throws SQLException { set(i, x, s -> s.setTimestamp(x, c)); }
  @Override public void setObject(int i, Object x) throws SQLException { set(i, x, s -> s.setObject(x)); }
  @Override public void setObject(int i, Object x, int sqlType) throws SQLException { set(i, x, s -> s.setObject(x, sqlType)); }

  @Override
  public void setObject(int i, Object x, int sqlType, int scaleOrLength) throws SQLException {
    setObject(i, x, sqlType);
  }

  @Override
  public void setObject(int i, Object x, SQLType sqlType) throws SQLException {
    setObject(i, x, vendorNumber(sqlType));
  }

  @Override
  public void setObject(int i, Object x, SQLType sqlType, int scaleOrLength) throws SQLException {
    setObject(i, x, vendorNumber(sqlType));
  }

  private static int vendorNumber(SQLType type) throws SQLException {
    if (type == null || type.getVendorTypeNumber() == null) throw SqlStates.invalidArgument("SQL type " + type + " has no JDBC type number");
    return type.getVendorTypeNumber();
  }

  @Override public void setArray(int i, Array x) throws SQLException { set(i, x, s -> s.setArray(x)); }
  @Override public void setRef(int i, Ref x) throws SQLException { set(i, x, s -> s.setRef(x)); }
  @Override public void setBlob(int i, Blob x) throws SQLException { set(i, x, s -> s.setBlob(x)); }
  @Override public void setClob(int i, Clob x) throws SQLException { set(i, x, s -> s.setClob(x)); }
  @Override public void setNClob(int i, NClob x) throws SQLException { set(i, x, s -> s.setNClob(x)); }
  @Override public void setRowId(int i, RowId x) throws SQLException { set(i, x, s -> s.setRowId(x)); }
  @Override public void setSQLXML(int i, SQLXML x) throws SQLException { set(i, x, s -> s.setSQLXML(x)); }
  @Override public void setURL(int i, URL x) throws SQLException { set(i, x, s -> s.setObject(x)); }
  @Override public void setAsciiStream(int i, InputStream x) throws SQLException { set(i, x, s -> s.setAsciiStream(x)); }
  @Override public void setAsciiStream(int i, InputStream x, int n) throws SQLException { set(i, x, s -> s.setAsciiStream(x, n)); }
  @Override public void setAsciiStream(int i, InputStream x, long n) throws SQLException { set(i, x, s -> s.setAsciiStream(x, n)); }
  @Override public void setBinaryStream(int i, InputStream x) throws SQLException { set(i, x, s -> s.setBinaryStream(x)); }
  @Override public void setBinaryStream(int i, InputStream x, int n) throws SQLException { set(i, x, s -> s.setBinaryStream(x, n)); }
  @Override public void setBinaryStream(int i, InputStream x, long n) throws SQLException { set(i, x, s -> s.setBinaryStream(x, n)); }
  @Override public void setCharacterStream(int i, Reader x) throws SQLException { set(i, x, s -> s.setCharacterStream(x)); }
  @Override public void setCharacterStream(int i, Reader x, int n) throws SQLException { set(i, x, s -> s.setCharacterStream(x, n)); }
  @Override public void setCharacterStream(int i, Reader x, long n) throws SQLException { set(i, x, s -> s.setCharacterStream(x, n)); }
  @Override public void setNCharacterStream(int i, Reader x) throws SQLException { set(i, x, s -> s.setNCharacterStream(x)); }
  @Override public void setNCharacterStream(int i, Reader x, long n) throws SQLException { set(i, x, s -> s.setNCharacterStream(x, n)); }
  @Override public void setClob(int i, Reader x) throws SQLException { set(i, x, s -> s.setClob(x)); }
  @Override public void setClob(int i, Reader x, long n) throws SQLException { set(i, x, s -> s.setClob(x, n)); }
  @Override public void setNClob(int i, Reader x) throws SQLException { set(i, x, s -> s.setNClob(x)); }
  @Override public void setNClob(int i, Reader x, long n) throws SQLException { set(i, x, s -> s.setNClob(x, n)); }
  @Override public void setBlob(int i, InputStream x) throws SQLException { set(i, x, s -> s.setBlob(x)); }
  @Override public void setBlob(int i, InputStream x, long n) throws SQLException { set(i, x, s -> s.setBlob(x, n)); }

  @Override
  @SuppressWarnings("deprecation")
  public void setUnicodeStream(int i, InputStream x, int n) throws SQLException {
    set(i, x, s -> s.setUnicodeStream(x, n));
  }
}
