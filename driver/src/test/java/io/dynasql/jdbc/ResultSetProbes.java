package io.dynasql.jdbc;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every getter a differential test compares, and a printable outcome of each: the value's class
 * and text (with wasNull), or the error's SQLState and class.
 */
final class ResultSetProbes {
  /** One getter on one column. */
  @FunctionalInterface
  interface Probe {
    Object get(ResultSet rs, int column) throws SQLException;
  }

  static final Map<String, Probe> GETTERS = new LinkedHashMap<>();

  static {
    GETTERS.put("getString", ResultSet::getString);
    GETTERS.put("getObject", ResultSet::getObject);
    GETTERS.put("getBoolean", ResultSet::getBoolean);
    GETTERS.put("getByte", ResultSet::getByte);
    GETTERS.put("getShort", ResultSet::getShort);
    GETTERS.put("getInt", ResultSet::getInt);
    GETTERS.put("getLong", ResultSet::getLong);
    GETTERS.put("getFloat", ResultSet::getFloat);
    GETTERS.put("getDouble", ResultSet::getDouble);
    GETTERS.put("getBigDecimal", ResultSet::getBigDecimal);
    GETTERS.put("getBytes", ResultSet::getBytes);
    GETTERS.put("getDate", ResultSet::getDate);
    GETTERS.put("getTime", ResultSet::getTime);
    GETTERS.put("getTimestamp", ResultSet::getTimestamp);
    GETTERS.put("getArray", ResultSet::getArray);
    for (Class<?> type : List.of(String.class, Long.class, Integer.class, Short.class, Byte.class, Double.class, Float.class,
        Boolean.class, BigDecimal.class, byte[].class, Array.class, Object.class)) {
      GETTERS.put("getObject(" + type.getSimpleName() + ")", (rs, c) -> rs.getObject(c, type));
    }
    GETTERS.put("getLong(label in capitals)", (rs, c) -> rs.getLong(rs.getMetaData().getColumnLabel(c).toUpperCase(java.util.Locale.ROOT)));
    GETTERS.put("getString(label)", (rs, c) -> rs.getString(rs.getMetaData().getColumnLabel(c)));
  }

  private ResultSetProbes() {}

  /** What {@code probe} gives on the current row: the value and wasNull, or the error. */
  static String outcome(Probe probe, ResultSet rs, int column) {
    try {
      Object v = probe.get(rs, column);
      return render(v) + (rs.wasNull() ? " (wasNull)" : "");
    } catch (SQLException e) {
      return "error " + e.getSQLState() + " " + e.getClass().getSimpleName();
    }
  }

  static String render(Object v) throws SQLException {
    if (v == null) return "null";
    if (v instanceof byte[] b) return "byte[]" + Arrays.toString(b);
    if (v instanceof Array a) return "Array of " + a.getBaseTypeName() + " " + elements(a.getArray());
    if (v instanceof java.util.Date d) return v.getClass().getSimpleName() + ":" + d + "@" + d.getTime();
    return v.getClass().getSimpleName() + ":" + v;
  }

  /** The elements of an array, of objects or of a primitive type. */
  private static String elements(Object values) throws SQLException {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < java.lang.reflect.Array.getLength(values); i++) out.add(render(java.lang.reflect.Array.get(values, i)));
    return values.getClass().getComponentType().getSimpleName() + out;
  }
}
