package io.dynasql.federation.schema;

import java.sql.Types;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Maps a remote column's JDBC type to the SQL type dynasql shows. Types without a faithful
 * counterpart (uuid, json, arrays, intervals) are read as their text, so a value is never
 * silently changed: it is shown as the source prints it.
 */
public final class RemoteTypes {
  private RemoteTypes() {}

  /** The type of a column of JDBC type {@code jdbcType} named {@code typeName} by its source. */
  public static SqlTypeName of(int jdbcType, String typeName) {
    switch (jdbcType) {
      case Types.BIT:
      case Types.BOOLEAN:
        return SqlTypeName.BOOLEAN;
      case Types.TINYINT:
      case Types.SMALLINT:
        return SqlTypeName.SMALLINT;
      case Types.INTEGER:
        return SqlTypeName.INTEGER;
      case Types.BIGINT:
        return SqlTypeName.BIGINT;
      case Types.REAL:
        return SqlTypeName.REAL;
      case Types.FLOAT:
      case Types.DOUBLE:
        return SqlTypeName.DOUBLE;
      case Types.NUMERIC:
      case Types.DECIMAL:
        return SqlTypeName.DECIMAL;
      case Types.DATE:
        return SqlTypeName.DATE;
      case Types.TIME:
        return SqlTypeName.TIME;
      case Types.TIMESTAMP:
      case Types.TIMESTAMP_WITH_TIMEZONE:
        return SqlTypeName.TIMESTAMP; // read as its UTC instant (RemoteValues)
      case Types.BINARY:
      case Types.VARBINARY:
      case Types.LONGVARBINARY:
      case Types.BLOB:
        return SqlTypeName.VARBINARY;
      default:
        return SqlTypeName.VARCHAR;
    }
  }
}
