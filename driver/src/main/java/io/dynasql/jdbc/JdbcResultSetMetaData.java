package io.dynasql.jdbc;

import io.dynasql.calcite.SqlState;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.List;
import org.apache.calcite.avatica.ColumnMetaData;

/**
 * ResultSetMetaData over Calcite's description of the columns ({@link ColumnMetaData}, as its
 * prepare step makes it). Immutable, so it needs no lock and answers after its result set
 * closes. A column index out of range is 07009; a name that does not apply is "", as JDBC says.
 */
final class JdbcResultSetMetaData implements ResultSetMetaData {
  private final List<ColumnMetaData> columns;

  JdbcResultSetMetaData(List<ColumnMetaData> columns) {
    this.columns = List.copyOf(columns);
  }

  private ColumnMetaData column(int column) throws SQLException {
    if (column < 1 || column > columns.size()) {
      throw new SQLException("Column index " + column + " is out of range 1.." + columns.size(), SqlState.INVALID_DESCRIPTOR_INDEX.code());
    }
    return columns.get(column - 1);
  }

  private static String orEmpty(String name) {
    return name == null ? "" : name;
  }

  @Override public int getColumnCount() {
    return columns.size();
  }

  @Override public boolean isAutoIncrement(int column) throws SQLException {
    return column(column).autoIncrement;
  }

  @Override public boolean isCaseSensitive(int column) throws SQLException {
    return column(column).caseSensitive;
  }

  @Override public boolean isSearchable(int column) throws SQLException {
    return column(column).searchable;
  }

  @Override public boolean isCurrency(int column) throws SQLException {
    return column(column).currency;
  }

  @Override public int isNullable(int column) throws SQLException {
    return column(column).nullable;
  }

  @Override public boolean isSigned(int column) throws SQLException {
    return column(column).signed;
  }

  @Override public int getColumnDisplaySize(int column) throws SQLException {
    return column(column).displaySize;
  }

  @Override public String getColumnLabel(int column) throws SQLException {
    return orEmpty(column(column).label);
  }

  /** The column's name, or its label when it is computed (Avatica fills it so, for tools that need a name). */
  @Override public String getColumnName(int column) throws SQLException {
    return orEmpty(column(column).columnName);
  }

  @Override public String getSchemaName(int column) throws SQLException {
    return orEmpty(column(column).schemaName);
  }

  @Override public int getPrecision(int column) throws SQLException {
    return column(column).precision;
  }

  @Override public int getScale(int column) throws SQLException {
    return column(column).scale;
  }

  @Override public String getTableName(int column) throws SQLException {
    return orEmpty(column(column).tableName);
  }

  @Override public String getCatalogName(int column) throws SQLException {
    return orEmpty(column(column).catalogName);
  }

  @Override public int getColumnType(int column) throws SQLException {
    return column(column).type.id;
  }

  @Override public String getColumnTypeName(int column) throws SQLException {
    return column(column).type.name;
  }

  @Override public boolean isReadOnly(int column) throws SQLException {
    return column(column).readOnly;
  }

  @Override public boolean isWritable(int column) throws SQLException {
    return column(column).writable;
  }

  @Override public boolean isDefinitelyWritable(int column) throws SQLException {
    return column(column).definitelyWritable;
  }

  /** The class getObject returns: Calcite's for its type, or JDBC's for the type when none is given. */
  @Override public String getColumnClassName(int column) throws SQLException {
    ColumnMetaData c = column(column);
    return c.columnClassName != null ? c.columnClassName : JdbcClasses.of(c.type.id);
  }

  @Override public <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface != null && iface.isInstance(this)) return iface.cast(this);
    throw new SQLException("The result set metadata is not a wrapper for " + (iface == null ? "null" : iface.getName()), SqlState.GENERAL_ERROR.code());
  }

  @Override public boolean isWrapperFor(Class<?> iface) {
    return iface != null && iface.isInstance(this);
  }
}
