package io.dynasql.federation.plan;

import io.dynasql.calcite.SqlState;
import io.dynasql.federation.SourceException;
import io.dynasql.federation.schema.RemoteColumn;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reads integers, floating-point numbers and booleans as the objects their drivers return, not
 * through getInt/getFloat/getBoolean: those narrow silently (SQLite's getInt of a 64-bit value,
 * getLong of the text 'abc' as 0, MariaDB's getBoolean of TINYINT(1) 2 as true). A value of
 * another kind than its column's, or out of the dynasql type's range, is a named error.
 */
final class RemoteNumbers {
  private static final java.util.regex.Pattern INTEGER = java.util.regex.Pattern.compile("-?[0-9]+");

  private RemoteNumbers() {}

  /** A SMALLINT, INTEGER or BIGINT value as Short, Integer or Long. */
  static Object integer(ResultSet rs, int i, RemoteColumn c, String table) throws SQLException {
    Object o = rs.getObject(i);
    if (o == null) return null;
    long v;
    if (o instanceof Long || o instanceof Integer || o instanceof Short || o instanceof Byte) {
      v = ((Number) o).longValue();
    } else if (o instanceof BigInteger || o instanceof BigDecimal) {
      BigDecimal d = o instanceof BigInteger b ? new BigDecimal(b) : (BigDecimal) o;
      try {
        v = d.longValueExact();
      } catch (ArithmeticException e) {
        throw outOfRange(table, c, d.toPlainString());
      }
    } else {
      throw wrongKind(table, c, o); // text or a fraction in an integer column (SQLite keeps any value anywhere)
    }
    switch (c.type()) {
      case SMALLINT:
        if (v != (short) v) throw outOfRange(table, c, Long.toString(v));
        return (short) v;
      case INTEGER:
        if (v != (int) v) throw outOfRange(table, c, Long.toString(v));
        return (int) v;
      default:
        return v;
    }
  }

  /** A REAL value as Float (only when the float is the very value) or a DOUBLE one as Double. */
  static Object floating(ResultSet rs, int i, RemoteColumn c, String table) throws SQLException {
    Object o = rs.getObject(i);
    if (o == null) return null;
    if (!(o instanceof Number n)) throw wrongKind(table, c, o);
    double d = n.doubleValue();
    if (o instanceof BigDecimal b && !Double.isInfinite(d) && b.compareTo(new BigDecimal(d)) != 0) {
      throw outOfRange(table, c, b.toPlainString());
    }
    if ((o instanceof Long || o instanceof Integer) && (long) d != n.longValue()) {
      throw outOfRange(table, c, o.toString()); // an integer beyond 2^53 in a SQLite NUMERIC column: no double equals it
    }
    if (c.type() != org.apache.calcite.sql.type.SqlTypeName.REAL) return d;
    float f = (float) d;
    if ((double) f != d && !Double.isNaN(d)) throw outOfRange(table, c, Double.toString(d));
    return f;
  }

  /** A BOOLEAN value; from a number (MariaDB's TINYINT(1), SQLite) only 0 and 1. */
  static Object bool(ResultSet rs, int i, RemoteColumn c, String table) throws SQLException {
    Object o = rs.getObject(i);
    if (o == null) return null;
    if (o instanceof Boolean b) {
      // MariaDB Connector/J reads TINYINT(1) (MariaDB's BOOLEAN) as a boolean, 2 as true: its text is the number
      String text = rs.getString(i);
      if (text != null && INTEGER.matcher(text).matches() && !text.equals("0") && !text.equals("1")) throw wrongKind(table, c, text);
      return b;
    }
    if (o instanceof Number n && (n.doubleValue() == 0 || n.doubleValue() == 1)) return n.doubleValue() == 1;
    throw wrongKind(table, c, o);
  }

  private static SourceException outOfRange(String table, RemoteColumn c, String value) {
    return new SourceException(SqlState.NUMERIC_OUT_OF_RANGE.code(), ValueErrors.where(table, c) + " holds " + value
        + ", out of the range of dynasql's " + c.type());
  }

  private static SourceException wrongKind(String table, RemoteColumn c, Object value) {
    return new SourceException(SqlState.INVALID_CHARACTER_VALUE.code(), ValueErrors.where(table, c) + " holds "
        + value + " (" + value.getClass().getSimpleName() + "), which is not a " + c.type());
  }
}
