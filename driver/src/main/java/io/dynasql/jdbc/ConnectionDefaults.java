package io.dynasql.jdbc;

import io.dynasql.calcite.SqlState;
import java.sql.Array;
import java.sql.Blob;
import java.sql.CallableStatement;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.NClob;
import java.sql.SQLClientInfoException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLXML;
import java.sql.Savepoint;
import java.sql.Struct;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Executor;

/**
 * The parts of {@link Connection} where dynasql has nothing of its own to say: client info is
 * kept, LOBs, savepoints, structs and stored procedures are refused with 0A000 (dynasql has none),
 * and the network timeout is accepted and ignored (there is no network: the store is in-process).
 */
abstract class ConnectionDefaults implements Connection {
  private final Properties clientInfo = new Properties();
  private int networkTimeout;

  /** Throws 08003 when the connection is closed. */
  abstract void checkOpen() throws SQLException;

  static SQLFeatureNotSupportedException unsupported(String what) {
    return new SQLFeatureNotSupportedException(what + " is not supported by dynasql", SqlState.NOT_SUPPORTED.code());
  }

  @Override
  public CallableStatement prepareCall(String sql) throws SQLException {
    checkOpen();
    throw unsupported("prepareCall (stored procedures)");
  }

  @Override
  public CallableStatement prepareCall(String sql, int resultSetType, int resultSetConcurrency) throws SQLException {
    return prepareCall(sql);
  }

  @Override
  public CallableStatement prepareCall(String sql, int type, int concurrency, int holdability) throws SQLException {
    return prepareCall(sql);
  }

  @Override
  public String nativeSQL(String sql) throws SQLException {
    checkOpen();
    return sql;
  }

  @Override
  public Savepoint setSavepoint() throws SQLException {
    checkOpen();
    throw unsupported("Savepoints are");
  }

  @Override
  public Savepoint setSavepoint(String name) throws SQLException {
    return setSavepoint();
  }

  @Override
  public void rollback(Savepoint savepoint) throws SQLException {
    setSavepoint();
  }

  @Override
  public void releaseSavepoint(Savepoint savepoint) throws SQLException {
    setSavepoint();
  }

  @Override
  public Map<String, Class<?>> getTypeMap() throws SQLException {
    checkOpen();
    return new HashMap<>(); // no user-defined types
  }

  @Override
  public void setTypeMap(Map<String, Class<?>> map) throws SQLException {
    checkOpen();
    if (map != null && !map.isEmpty()) throw unsupported("A type map (user-defined types)");
  }

  @Override
  public Clob createClob() throws SQLException {
    checkOpen();
    throw unsupported("createClob (use VARCHAR)");
  }

  @Override
  public Blob createBlob() throws SQLException {
    checkOpen();
    throw unsupported("createBlob (use VARBINARY)");
  }

  @Override
  public NClob createNClob() throws SQLException {
    checkOpen();
    throw unsupported("createNClob (use VARCHAR)");
  }

  @Override
  public SQLXML createSQLXML() throws SQLException {
    checkOpen();
    throw unsupported("createSQLXML");
  }

  @Override
  public Struct createStruct(String typeName, Object[] attributes) throws SQLException {
    checkOpen();
    throw unsupported("createStruct");
  }

  @Override
  public void setClientInfo(String name, String value) throws SQLClientInfoException {
    if (value == null) clientInfo.remove(name);
    else clientInfo.setProperty(name, value);
  }

  @Override
  public void setClientInfo(Properties properties) throws SQLClientInfoException {
    clientInfo.clear();
    if (properties != null) clientInfo.putAll(properties);
  }

  @Override
  public String getClientInfo(String name) throws SQLException {
    checkOpen();
    return clientInfo.getProperty(name);
  }

  @Override
  public Properties getClientInfo() throws SQLException {
    checkOpen();
    Properties copy = new Properties();
    copy.putAll(clientInfo);
    return copy;
  }

  @Override
  public void setNetworkTimeout(Executor executor, int milliseconds) throws SQLException {
    checkOpen();
    if (milliseconds < 0) throw SqlStates.invalidArgument("network timeout " + milliseconds + " < 0");
    networkTimeout = milliseconds;
  }

  @Override
  public int getNetworkTimeout() throws SQLException {
    checkOpen();
    return networkTimeout;
  }

  @Override
  public void setCatalog(String catalog) throws SQLException {
    checkOpen(); // dynasql has no catalogs: JDBC says a driver without them ignores the call
  }

  @Override
  public String getCatalog() throws SQLException {
    checkOpen();
    return null;
  }

  /** What makes this connection's arrays (and their result sets). */
  abstract ArrayResults arrays();

  /** An array of {@code elements} of the SQL type {@code typeName} (a {@link java.sql.JDBCType} name). */
  @Override
  public Array createArrayOf(String typeName, Object[] elements) throws SQLException {
    checkOpen();
    java.sql.JDBCType type;
    try {
      type = java.sql.JDBCType.valueOf(String.valueOf(typeName).toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw SqlStates.invalidArgument("Unknown SQL type name " + typeName + " for createArrayOf (use a java.sql.JDBCType name)");
    }
    org.apache.calcite.avatica.ColumnMetaData.ScalarType element = org.apache.calcite.avatica.ColumnMetaData.scalar(
        type.getVendorTypeNumber(), type.getName(), org.apache.calcite.avatica.ColumnMetaData.Rep.OBJECT);
    return arrays().createArray(element, java.util.Arrays.asList(elements == null ? new Object[0] : elements));
  }
}
