package io.dynasql.federation.plan;

import io.dynasql.calcite.DynasqlTypeSystem;
import io.dynasql.calcite.SqlState;
import io.dynasql.federation.SourceException;
import io.dynasql.federation.schema.RemoteColumn;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * The errors of a remote value that dynasql cannot show unchanged: each names the source's
 * table, the column, its remote type and the value as the source prints it, with the SQL
 * standard's state for the kind of value (22003 numbers, 22007 dates and times, 22018 others).
 */
final class ValueErrors {
  private ValueErrors() {}

  /** A DECIMAL with more integer or fractional digits than the column's dynasql DECIMAL: rounding would change it. */
  static void checkDecimal(String table, RemoteColumn c, BigDecimal d) {
    int max = DynasqlTypeSystem.INSTANCE.getMaxPrecision(SqlTypeName.DECIMAL);
    int precision = c.decimalPrecision(max);
    int scale = c.decimalScale(max);
    BigDecimal exact = d.stripTrailingZeros();
    int integerDigits = Math.max(0, exact.precision() - exact.scale());
    if (integerDigits > precision - scale || exact.scale() > scale) {
      throw new SourceException(SqlState.NUMERIC_OUT_OF_RANGE.code(), where(table, c) + " holds "
          + d.toPlainString() + ", which DECIMAL(" + precision + ", " + scale + ") cannot hold without rounding");
    }
  }

  /** A time with digits finer than milliseconds, which dynasql's TIME and TIMESTAMP do not keep. */
  static void checkMillis(String table, RemoteColumn c, int nanos, Object value) {
    if (nanos % 1_000_000 != 0) {
      throw new SourceException(SqlState.INVALID_DATETIME.code(), where(table, c) + " holds " + value
          + ", finer than the milliseconds dynasql keeps");
    }
  }

  /**
   * A TIME that is not a time of day: MariaDB's and MySQL's TIME holds -838:59:59 to 838:59:59,
   * which their driver reads as a LocalTime modulo 24 hours (25:00:00 as 01:00).
   */
  static void checkTimeOfDay(ResultSet rs, int i, String table, RemoteColumn c) {
    String text = RemoteValues.text(rs, i);
    java.util.regex.Matcher m = HOURS.matcher(text == null ? "" : text);
    if (m.find() && (!m.group(1).isEmpty() || Integer.parseInt(m.group(2)) > 23)) {
      throw new SourceException(SqlState.INVALID_DATETIME.code(), where(table, c) + " holds " + text
          + ", which is not a time of day");
    }
  }

  private static final java.util.regex.Pattern HOURS = java.util.regex.Pattern.compile("^(-?)(\\d+):");

  /**
   * NULL when the source holds NULL; an error when it holds text its driver could not read as a
   * date or time (MariaDB's and MySQL's zero date 0000-00-00, which their drivers read as NULL).
   */
  static Object nullUnlessNull(ResultSet rs, int i, String table, RemoteColumn c) {
    String text = RemoteValues.text(rs, i);
    if (text == null) return null;
    throw new SourceException(SqlState.INVALID_DATETIME.code(), where(table, c) + " holds " + text
        + ", which is not a date or time dynasql can show");
  }

  /** A value its driver refused to read as the column's type (PostgreSQL's numeric NaN as a BigDecimal). */
  static SourceException unreadable(String table, RemoteColumn c, String text, Exception e) {
    SqlState state = c.isNumber() ? SqlState.NUMERIC_OUT_OF_RANGE
        : c.type() == SqlTypeName.DATE || c.type() == SqlTypeName.TIME || c.type() == SqlTypeName.TIMESTAMP
            ? SqlState.INVALID_DATETIME : SqlState.INVALID_CHARACTER_VALUE;
    return new SourceException(state.code(), where(table, c) + " holds " + (text == null ? "a value" : text)
        + ", which is not a " + c.type() + " dynasql can show: " + e.getMessage(), e);
  }

  static String where(String table, RemoteColumn c) {
    return "Column " + c.name() + " (" + c.remoteType() + ") of " + table;
  }
}
