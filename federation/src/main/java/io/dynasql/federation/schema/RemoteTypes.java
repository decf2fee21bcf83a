package io.dynasql.federation.schema;

import java.sql.Types;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Maps a remote column's JDBC type to the SQL type dynasql shows. Types without a faithful
 * counterpart (uuid, json, arrays, enums, intervals) are read as their text, so a value is never
 * silently changed: it is shown as the source prints it. Unsigned integers (MariaDB/MySQL) take
 * the next wider type, since their largest values do not fit the signed one: BIGINT UNSIGNED
 * becomes DECIMAL(20). The per-source matrix is in docs/federation.md, "Types".
 */
public final class RemoteTypes {
  private RemoteTypes() {}

  /**
   * The type of a column of a source in {@code dialect}. SQLite's driver reports a column's
   * storage class, not its declared type (a DATE or BLOB column is VARCHAR to it), and SQLite's
   * INTEGER and REAL are 8 bytes whatever the declaration (https://www.sqlite.org/datatype3.html):
   * its columns are typed by their declared names.
   */
  public static SqlTypeName of(io.dynasql.federation.Dialect dialect, int jdbcType, String typeName) {
    SqlTypeName t = of(jdbcType, typeName);
    if (dialect != io.dynasql.federation.Dialect.SQLITE) return t;
    String declared = typeName == null ? "" : typeName.toUpperCase(java.util.Locale.ROOT);
    if (declared.startsWith("BOOL")) return SqlTypeName.BOOLEAN;
    if (declared.equals("DATE")) return SqlTypeName.DATE;
    if (declared.startsWith("DATETIME") || declared.startsWith("TIMESTAMP")) return SqlTypeName.TIMESTAMP;
    if (declared.equals("TIME")) return SqlTypeName.TIME;
    if (declared.equals("BLOB")) return SqlTypeName.VARBINARY;
    if (t == SqlTypeName.SMALLINT || t == SqlTypeName.INTEGER) return SqlTypeName.BIGINT;
    return t == SqlTypeName.REAL ? SqlTypeName.DOUBLE : t;
  }

  /** The type of a column of JDBC type {@code jdbcType} named {@code typeName} by its source. */
  public static SqlTypeName of(int jdbcType, String typeName) {
    String name = typeName == null ? "" : typeName.toLowerCase(java.util.Locale.ROOT);
    if (name.equals("uuid")) return SqlTypeName.VARCHAR; // H2 reports it as BINARY: shown as its text, as PostgreSQL's is
    if (name.contains("unsigned")) {
      switch (jdbcType) {
        case Types.BIGINT: return SqlTypeName.DECIMAL; // up to 18446744073709551615: 20 digits
        case Types.INTEGER: return SqlTypeName.BIGINT;
        case Types.SMALLINT: return SqlTypeName.INTEGER;
        default: break; // TINYINT UNSIGNED (0 to 255) fits SMALLINT below; DECIMAL UNSIGNED is a DECIMAL
      }
    }
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
