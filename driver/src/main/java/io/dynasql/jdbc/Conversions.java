package io.dynasql.jdbc;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * {@code getObject(column, Class)}, which Calcite's accessors do not implement: each class is
 * answered by the getter JDBC pairs with it (so its conversions and errors are the getter's), a
 * boxed primitive is null for SQL NULL, and any other class is the value itself if it is one.
 */
final class Conversions {
  private Conversions() {}

  static Object as(ResultSet rs, int column, Class<?> type) throws SQLException {
    if (type == null) throw SqlStates.invalidArgument("getObject: the type is null");
    Object[] at = {column};
    if (type == String.class) return rs.getString(column);
    if (type == BigDecimal.class) return Getters.get(rs, "getBigDecimal", at);
    if (type == byte[].class) return Getters.get(rs, "getBytes", at);
    if (type == java.sql.Array.class) return Getters.get(rs, "getArray", at);
    String getter = boxedGetter(type);
    if (getter != null) {
      Object v = Getters.get(rs, getter, at);
      return rs.wasNull() ? null : v;
    }
    Object v = Getters.get(rs, "getObject", at);
    if (v == null || type.isInstance(v)) return v;
    throw Getters.cannot(rs, column, v, type.getSimpleName());
  }

  private static String boxedGetter(Class<?> type) {
    if (type == Long.class) return "getLong";
    if (type == Integer.class) return "getInt";
    if (type == Short.class) return "getShort";
    if (type == Byte.class) return "getByte";
    if (type == Double.class) return "getDouble";
    if (type == Float.class) return "getFloat";
    if (type == Boolean.class) return "getBoolean";
    return null;
  }
}
