package io.dynasql.jdbc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Array;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.calcite.avatica.AvaticaSite;
import org.apache.calcite.avatica.ColumnMetaData;
import org.apache.calcite.avatica.util.ArrayImpl;
import org.apache.calcite.avatica.util.ByteString;
import org.apache.calcite.avatica.util.Cursor;

/**
 * Reads the current row's columns through Avatica's accessors, deciding itself the conversions
 * where the accessors truncate ({@code getInt} of a BIGINT that does not fit) or fail without
 * naming the column. Columns are 1-based and already checked by the caller.
 */
final class ColumnReader {
  /** The session time zone of dynasql's SQL ({@code io.dynasql.calcite.CalciteConfig}): date and time values are UTC. */
  static final TimeZone ZONE = TimeZone.getTimeZone("UTC");

  private final List<ColumnMetaData> columns;
  private final List<Cursor.Accessor> accessors;
  /**
   * The session's (UTC) calendar, for date and time values; made when first needed: a
   * {@code Calendar} loads some seventy classes of the JDK's calendar and locale data, which the
   * first query of a JVM need not wait for when it reads no date or time.
   */
  private Calendar calendar;

  ColumnReader(List<ColumnMetaData> columns, Cursor cursor, ArrayImpl.Factory arrays) {
    this.columns = List.copyOf(columns);
    // Avatica's accessors keep the calendar they are made with: give it to them unless no column can need it.
    if (!this.columns.stream().allMatch(ColumnReader::timeless)) calendar();
    this.accessors = cursor.createAccessors(this.columns, calendar, arrays);
  }

  /** Whether column {@code m}'s accessor never reads the calendar: its type holds no date or time. */
  private static boolean timeless(ColumnMetaData m) {
    switch (m.type.id) {
      case Types.CHAR: case Types.VARCHAR: case Types.LONGVARCHAR: case Types.NCHAR: case Types.NVARCHAR:
      case Types.BOOLEAN: case Types.BIT: case Types.TINYINT: case Types.SMALLINT: case Types.INTEGER:
      case Types.BIGINT: case Types.DECIMAL: case Types.NUMERIC: case Types.REAL: case Types.FLOAT:
      case Types.DOUBLE: case Types.BINARY: case Types.VARBINARY:
        return true;
      default:
        return false;
    }
  }

  private Calendar calendar() {
    if (calendar == null) calendar = Calendar.getInstance(ZONE, Locale.ROOT);
    return calendar;
  }

  ColumnMetaData column(int c) {
    return columns.get(c - 1);
  }

  /** A getter of Avatica's accessor, its failure an error naming the column. */
  <T> T call(int c, AccessorCall<T> call) throws SQLException {
    try {
      return call.apply(accessors.get(c - 1));
    } catch (SQLException | RuntimeException | Error e) {
      throw ColumnErrors.failed(column(c), e);
    }
  }

  /** getDate with {@code cal}'s time zone; the session's (UTC) when it is null. */
  java.sql.Date date(int c, Calendar cal) throws SQLException {
    Calendar zone = cal != null ? cal : calendar();
    return call(c, a -> a.getDate(zone));
  }

  /** getTime with {@code cal}'s time zone; the session's (UTC) when it is null. */
  java.sql.Time time(int c, Calendar cal) throws SQLException {
    Calendar zone = cal != null ? cal : calendar();
    return call(c, a -> a.getTime(zone));
  }

  /** getTimestamp with {@code cal}'s time zone; the session's (UTC) when it is null. */
  java.sql.Timestamp timestamp(int c, Calendar cal) throws SQLException {
    Calendar zone = cal != null ? cal : calendar();
    return call(c, a -> a.getTimestamp(zone));
  }

  /** Whether the last value read from column {@code c} was SQL NULL. */
  boolean wasNull(int c) throws SQLException {
    return call(c, Cursor.Accessor::wasNull);
  }

  /** getObject: the JDBC class of the column's type; an ARRAY as a java.sql.Array. */
  Object object(int c) throws SQLException {
    ColumnMetaData m = column(c);
    if (m.type.id == Types.TIME_WITH_TIMEZONE || m.type.id == Types.TIMESTAMP_WITH_TIMEZONE) {
      return call(c, Cursor.Accessor::getObject); // shown as text; AvaticaSite has no case for them
    }
    return call(c, a -> AvaticaSite.get(a, m.type.id, m.signed, calendar()));
  }

  /** getBoolean: a BOOLEAN, a number (non-zero is true) or the text true/false/1/0; false for NULL. */
  boolean bool(int c) throws SQLException {
    Object v = object(c);
    if (v == null) return false;
    if (v instanceof Boolean b) return b;
    if (v instanceof Double || v instanceof Float) return ((Number) v).doubleValue() != 0;
    if (v instanceof Number n) return new BigDecimal(n.toString()).signum() != 0;
    if (v instanceof String s) {
      switch (s.trim().toLowerCase(Locale.ROOT)) {
        case "true": case "1": return true;
        case "false": case "0": return false;
        default: break;
      }
    }
    throw ColumnErrors.cannot(column(c), v, "a boolean");
  }

  /** getBytes: a BINARY or VARBINARY value. */
  byte[] bytes(int c) throws SQLException {
    Object v = object(c);
    if (v == null || v instanceof byte[]) return (byte[]) v;
    if (v instanceof ByteString b) return b.getBytes();
    throw ColumnErrors.cannot(column(c), v, "bytes");
  }

  /** getArray: an ARRAY column's value. */
  Array array(int c) throws SQLException {
    Object v = object(c);
    if (v == null || v instanceof Array) return (Array) v;
    throw ColumnErrors.cannot(column(c), v, "an array");
  }

  /**
   * getLong: a BIGINT column's value as its accessor reads it, a long (no box per row, as
   * AvaticaSite's reading of a BIGINT makes and {@link #number} unboxes); others as {@link #number}.
   */
  long longValue(int c) throws SQLException {
    if (column(c).type.id == Types.BIGINT) return call(c, Cursor.Accessor::getLong); // NULL: 0, as number's zero
    return number(c, NumberKind.LONG).longValue();
  }

  /**
   * A number of the getter's kind: NULL is its zero; a fraction is truncated (as JDBC drivers
   * do); a value beyond the kind's range is 22003.
   */
  Number number(int c, NumberKind kind) throws SQLException {
    Object v = object(c);
    if (v == null) return kind.zero();
    if (kind.approximate()) {
      if (v instanceof Double || v instanceof Float) return approximate(((Number) v).doubleValue(), kind);
      if (v instanceof String s) return approximate(c, s, kind);
    }
    long l;
    if (integral(v) && !kind.approximate() && kind != NumberKind.BIG_DECIMAL) {
      l = ((Number) v).longValue(); // exact already: no BigDecimal made from its text (getLong of a BIGINT, per row)
    } else {
      BigDecimal d = decimal(c, v, kind);
      switch (kind) {
        case BIG_DECIMAL: return d;
        case DOUBLE: return d.doubleValue();
        case FLOAT: return d.floatValue();
        default: break;
      }
      try {
        l = d.setScale(0, RoundingMode.DOWN).longValueExact();
      } catch (ArithmeticException beyondLong) {
        throw ColumnErrors.outOfRange(column(c), v, kind);
      }
    }
    switch (kind) {
      case LONG: return l;
      case INT: if (l == (int) l) return (int) l; break;
      case SHORT: if (l == (short) l) return (short) l; break;
      default: if (l == (byte) l) return (byte) l; break;
    }
    throw ColumnErrors.outOfRange(column(c), v, kind);
  }

  private static boolean integral(Object v) {
    return v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte;
  }

  private BigDecimal decimal(int c, Object v, NumberKind kind) throws SQLException {
    try {
      if (v instanceof BigDecimal b) return b;
      if (v instanceof Double || v instanceof Float) return BigDecimal.valueOf(((Number) v).doubleValue());
      if (v instanceof Number || v instanceof String) return new BigDecimal(v.toString().trim());
      if (v instanceof Boolean b) return b ? BigDecimal.ONE : BigDecimal.ZERO;
    } catch (NumberFormatException e) {
      if (v instanceof Number) throw ColumnErrors.outOfRange(column(c), v, kind); // NaN or an infinity: no exact value
    }
    throw ColumnErrors.cannot(column(c), v, "a number");
  }

  private static Number approximate(double x, NumberKind kind) {
    return kind == NumberKind.DOUBLE ? (Number) x : (Number) (float) x;
  }

  /** Text as a double or float: a decimal number, or what only they hold (NaN, the infinities). */
  private Number approximate(int c, String s, NumberKind kind) throws SQLException {
    try {
      BigDecimal d = new BigDecimal(s.trim());
      return kind == NumberKind.DOUBLE ? (Number) d.doubleValue() : (Number) d.floatValue();
    } catch (NumberFormatException e) {
      try {
        return approximate(Double.parseDouble(s.trim()), kind);
      } catch (NumberFormatException notEvenThat) {
        throw ColumnErrors.cannot(column(c), s, "a number");
      }
    }
  }

  /** A getter of one accessor. */
  @FunctionalInterface
  interface AccessorCall<T> {
    T apply(Cursor.Accessor accessor) throws SQLException;
  }
}
