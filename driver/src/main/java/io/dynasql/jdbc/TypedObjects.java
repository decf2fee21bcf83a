package io.dynasql.jdbc;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.apache.calcite.avatica.util.Cursor;

/**
 * {@code getObject(column, Class)}: each class is answered by the getter JDBC pairs with it (so
 * its conversions and errors are the getter's), a boxed primitive is null for SQL NULL, the
 * java.time classes of JDBC 4.2 come from the value's own date/time fields (no time zone shift),
 * and any other class is the value itself if it is one.
 */
final class TypedObjects {
  private static final long MILLIS_PER_DAY = 86_400_000L;

  private TypedObjects() {}

  static Object as(ColumnReader r, int c, Class<?> type) throws SQLException {
    if (type == null) throw SqlStates.invalidArgument("getObject: the type is null");
    if (type == String.class) return r.call(c, Cursor.Accessor::getString);
    if (type == BigDecimal.class) return r.number(c, NumberKind.BIG_DECIMAL);
    if (type == byte[].class) return r.bytes(c);
    if (type == java.sql.Array.class) return r.array(c);
    if (type == Boolean.class) {
      boolean b = r.bool(c);
      return r.wasNull(c) ? null : b;
    }
    NumberKind kind = boxed(type);
    if (kind != null) {
      Number n = r.number(c, kind);
      return r.wasNull(c) ? null : n;
    }
    if (type == java.sql.Date.class) return r.date(c, null);
    if (type == java.sql.Time.class) return r.time(c, null);
    if (type == java.sql.Timestamp.class) return r.timestamp(c, null);
    if (type == LocalDate.class || type == LocalTime.class || type == LocalDateTime.class) {
      return local(r, c, type);
    }
    Object v = r.object(c);
    if (v == null || type.isInstance(v)) return v;
    throw ColumnErrors.cannot(r.column(c), v, type.getSimpleName());
  }

  private static NumberKind boxed(Class<?> type) {
    if (type == Long.class) return NumberKind.LONG;
    if (type == Integer.class) return NumberKind.INT;
    if (type == Short.class) return NumberKind.SHORT;
    if (type == Byte.class) return NumberKind.BYTE;
    if (type == Double.class) return NumberKind.DOUBLE;
    if (type == Float.class) return NumberKind.FLOAT;
    return null;
  }

  /**
   * LocalDate, LocalTime or LocalDateTime of a DATE, TIME or TIMESTAMP column, from the value's
   * internal form (days, or milliseconds of the day or since 1970, all without a zone), so the
   * JVM's default time zone never shifts them.
   */
  private static Object local(ColumnReader r, int c, Class<?> type) throws SQLException {
    int sqlType = r.column(c).type.id;
    Object shown = r.object(c);
    if (shown == null) return null;
    boolean fits = sqlType == Types.TIMESTAMP
        || sqlType == Types.DATE && type != LocalTime.class
        || sqlType == Types.TIME && type == LocalTime.class;
    if (!fits) throw ColumnErrors.cannot(r.column(c), shown, type.getSimpleName());
    long v = r.call(c, Cursor.Accessor::getLong) * (sqlType == Types.DATE ? MILLIS_PER_DAY : 1);
    LocalDateTime t = LocalDateTime.ofEpochSecond(Math.floorDiv(v, 1000L), (int) Math.floorMod(v, 1000L) * 1_000_000, ZoneOffset.UTC);
    if (type == LocalDate.class) return t.toLocalDate();
    if (type == LocalTime.class) return t.toLocalTime();
    return t;
  }
}
