package io.dynasql.calcite.exec;

import io.dynasql.calcite.SqlState;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import org.apache.calcite.avatica.ColumnMetaData;
import org.apache.calcite.avatica.util.ArrayImpl;

/**
 * What makes the {@code java.sql.Array} values of a session until the driver sets its own: a
 * session used without JDBC result sets (the DML layer's reads) reads arrays as lists only.
 */
final class UnreadableArrays implements ArrayImpl.Factory {
  static final UnreadableArrays INSTANCE = new UnreadableArrays();

  private UnreadableArrays() {}

  @Override
  public ResultSet create(ColumnMetaData.AvaticaType elementType, Iterable<Object> iterable) throws SQLException {
    throw new SQLFeatureNotSupportedException("Array.getResultSet needs the JDBC driver's result sets",
        SqlState.NOT_SUPPORTED.code());
  }

  @Override
  public Array createArray(ColumnMetaData.AvaticaType elementType, Iterable<Object> iterable) {
    throw new IllegalStateException("Arrays are made by the JDBC driver's result sets");
  }
}
