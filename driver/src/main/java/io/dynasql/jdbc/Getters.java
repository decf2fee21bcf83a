package io.dynasql.jdbc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Locale;
import java.util.Set;

/**
 * The result set getters whose conversions dynasql decides itself rather than Calcite's
 * accessors, which truncate numbers that do not fit ({@code getInt} of a BIGINT) and fail with
 * messages that name no column: a value a getter cannot convert is a SQLDataException naming the
 * column, 22018 when it is of the wrong kind and 22003 when it is out of the getter's range.
 */
final class Getters {
  static final Set<String> HANDLED = Set.of("getByte", "getShort", "getInt", "getLong", "getFloat", "getDouble",
      "getBigDecimal", "getBoolean", "getBytes", "getArray", "getObject");

  private Getters() {}

  /** Whether {@code name(args)} is a getter this class answers. */
  static boolean handles(String name, Object[] args) {
    if (!HANDLED.contains(name) || args == null || args.length == 0) return false;
    return args.length == 1 || name.equals("getObject") && args[1] instanceof Class;
  }

  /** Answers the getter {@code name} for the column {@code args[0]} (an index or a label). */
  static Object get(ResultSet rs, String name, Object[] args) throws SQLException {
    int column = args[0] instanceof Integer i ? i : rs.findColumn((String) args[0]);
    if (name.equals("getObject") && args.length == 2) return Conversions.as(rs, column, (Class<?>) args[1]);
    Object v = rs.getObject(column);
    if (name.equals("getObject")) return v != null && isArray(rs, column) ? rs.getArray(column) : v;
    if (v == null) return name.equals("getBoolean") ? Boolean.FALSE : isNumeric(name) ? zero(name) : null;
    switch (name) {
      case "getBoolean": return bool(rs, column, v);
      case "getBytes":
        if (v instanceof byte[]) return v;
        if (v instanceof org.apache.calcite.avatica.util.ByteString b) return b.getBytes();
        throw cannot(rs, column, v, "bytes");
      case "getArray":
        if (isArray(rs, column)) return rs.getArray(column);
        throw cannot(rs, column, v, "an array");
      default: return number(rs, column, v, name);
    }
  }

  private static boolean isNumeric(String getter) {
    return !getter.equals("getBigDecimal") && !getter.equals("getBytes") && !getter.equals("getArray");
  }

  private static Object zero(String getter) {
    switch (getter) {
      case "getByte": return (byte) 0;
      case "getShort": return (short) 0;
      case "getInt": return 0;
      case "getLong": return 0L;
      case "getFloat": return 0f;
      default: return 0d;
    }
  }

  private static boolean isArray(ResultSet rs, int column) throws SQLException {
    return rs.getMetaData().getColumnType(column) == Types.ARRAY;
  }

  private static Object bool(ResultSet rs, int column, Object v) throws SQLException {
    if (v instanceof Boolean) return v;
    if (v instanceof Number n) return new BigDecimal(n.toString()).signum() != 0;
    if (v instanceof String s) {
      switch (s.trim().toLowerCase(Locale.ROOT)) {
        case "true": case "1": return true;
        case "false": case "0": return false;
        default: break;
      }
    }
    throw cannot(rs, column, v, "a boolean");
  }

  /** A number of the getter's type: fractions truncated (as JDBC drivers do), range checked. */
  private static Object number(ResultSet rs, int column, Object v, String getter) throws SQLException {
    BigDecimal d;
    try {
      if (v instanceof BigDecimal b) d = b;
      else if (v instanceof Double || v instanceof Float) d = BigDecimal.valueOf(((Number) v).doubleValue());
      else if (v instanceof Number || v instanceof String) d = new BigDecimal(v.toString().trim());
      else if (v instanceof Boolean b) d = b ? BigDecimal.ONE : BigDecimal.ZERO;
      else throw cannot(rs, column, v, "a number");
    } catch (NumberFormatException e) {
      if (v instanceof String s && (getter.equals("getDouble") || getter.equals("getFloat"))) return doubleOf(rs, column, s, getter);
      throw cannot(rs, column, v, "a number");
    }
    switch (getter) {
      case "getBigDecimal": return d;
      case "getDouble": return v instanceof Double x ? x : d.doubleValue();
      case "getFloat": return v instanceof Float x ? x : d.floatValue();
      default: break;
    }
    BigDecimal whole = d.setScale(0, RoundingMode.DOWN);
    try {
      long l = whole.longValueExact();
      switch (getter) {
        case "getLong": return l;
        case "getInt": if (l == (int) l) return (int) l; break;
        case "getShort": if (l == (short) l) return (short) l; break;
        default: if (l == (byte) l) return (byte) l; break;
      }
    } catch (ArithmeticException e) {
      // beyond a long: out of every integer getter's range
    }
    throw new SQLDataException("Column " + label(rs, column) + ": " + v + " is out of the range of "
        + getter.substring(3).toLowerCase(Locale.ROOT), "22003");
  }

  /** NaN and the infinities, which have no BigDecimal. */
  private static Object doubleOf(ResultSet rs, int column, String s, String getter) throws SQLException {
    try {
      double x = Double.parseDouble(s.trim());
      return getter.equals("getFloat") ? (Object) (float) x : (Object) x;
    } catch (NumberFormatException e) {
      throw cannot(rs, column, s, "a number");
    }
  }

  static SQLDataException cannot(ResultSet rs, int column, Object v, String what) throws SQLException {
    String shown = v instanceof String s ? "'" + s + "'" : v.getClass().getSimpleName();
    return new SQLDataException("Column " + label(rs, column) + " (" + rs.getMetaData().getColumnTypeName(column)
        + "): cannot read " + shown + " as " + what, "22018");
  }

  static String label(ResultSet rs, int column) throws SQLException {
    return rs.getMetaData().getColumnLabel(column);
  }
}
