package io.dynasql.federation.schema;

import org.apache.calcite.sql.type.SqlTypeName;

/**
 * A column of a source's table as its DatabaseMetaData describes it, with the type dynasql
 * shows it as ({@link RemoteTypes}).
 *
 * @param name the remote name, exactly
 * @param jdbcType {@code java.sql.Types} of the remote column
 * @param remoteType the remote type's name (for DatabaseMetaData and errors)
 * @param type the SQL type dynasql gives it
 * @param precision length or precision, or -1
 * @param scale scale, or -1
 * @param nullable whether it may hold NULL
 */
public record RemoteColumn(String name, int jdbcType, String remoteType, SqlTypeName type, int precision, int scale,
    boolean nullable) {

  /** Whether values are text (compared by collation, so pushed only where the source compares as we do). */
  public boolean isText() {
    return type == SqlTypeName.VARCHAR || type == SqlTypeName.CHAR;
  }
}
