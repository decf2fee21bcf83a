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
  /** The number types {@link RemoteTypes} gives remote columns. */
  private static final java.util.Set<SqlTypeName> NUMBERS = java.util.EnumSet.of(SqlTypeName.SMALLINT,
      SqlTypeName.INTEGER, SqlTypeName.BIGINT, SqlTypeName.DECIMAL, SqlTypeName.REAL, SqlTypeName.DOUBLE);

  /**
   * Digits of the DECIMAL dynasql shows this column as, at most {@code max}: the remote precision
   * when it fits, else (unconstrained {@code numeric}, or wider than dynasql's DECIMAL) {@code max}.
   * A BIGINT UNSIGNED column is DECIMAL(20).
   */
  public int decimalPrecision(int max) {
    if (jdbcType == java.sql.Types.BIGINT) return 20;
    return boundedDecimal(max) ? precision : max;
  }

  /** Fractional digits of that DECIMAL: the remote scale when the precision fits, else half of {@code max}. */
  public int decimalScale(int max) {
    if (jdbcType == java.sql.Types.BIGINT) return 0;
    return boundedDecimal(max) ? Math.min(Math.max(0, scale), precision) : max / 2;
  }

  private boolean boundedDecimal(int max) {
    return precision > 0 && precision <= max;
  }

  /** Whether values are text (compared by collation, so pushed only where the source compares as we do). */
  public boolean isText() {
    return type == SqlTypeName.VARCHAR || type == SqlTypeName.CHAR;
  }

  /** Whether values are numbers, which every source compares and sorts as we do. */
  public boolean isNumber() {
    return NUMBERS.contains(type);
  }

  /** Whether values are dates or timestamps (SQLite keeps those as text or numbers in any format). */
  public boolean isDateTime() {
    return type == SqlTypeName.DATE || type == SqlTypeName.TIMESTAMP;
  }

  /** Whether the remote type carries a time zone, so it compares by instant, not by its local value. */
  public boolean isZoned() {
    String t = remoteType.toLowerCase(java.util.Locale.ROOT);
    return t.contains("tz") || t.contains("zone");
  }
}
