package io.dynasql.jdbc;

import java.math.BigDecimal;
import java.sql.Types;
import java.util.List;

/**
 * Whether lifted literals fit the parameters they became exactly. A parameter takes its
 * column's type, so {@code qty = 21.5} lifted to {@code qty = ?} on an INTEGER column would
 * bind 21 and change the answer; such a statement is planned with its literal instead.
 */
final class LiftedTypes {
  /** The JDBC type of each parameter, with precision and scale. */
  record Param(int type, int precision, int scale) {}

  private LiftedTypes() {}

  static Param[] of(List<org.apache.calcite.avatica.AvaticaParameter> parameters) {
    Param[] out = new Param[parameters.size()];
    for (int i = 0; i < out.length; i++) {
      org.apache.calcite.avatica.AvaticaParameter p = parameters.get(i);
      out[i] = new Param(p.parameterType, p.precision, p.scale);
    }
    return out;
  }

  /** Whether every value converts to its parameter's type without changing. */
  static boolean fit(Param[] params, List<Object> values) {
    if (params.length != values.size()) return false;
    for (int i = 0; i < params.length; i++) if (!fits(params[i], values.get(i))) return false;
    return true;
  }

  private static boolean fits(Param p, Object v) {
    switch (p.type()) {
      case Types.VARCHAR: case Types.CHAR: case Types.LONGVARCHAR: case Types.NVARCHAR: case Types.NCHAR:
        return v instanceof String;
      case Types.BIGINT: return v instanceof Long;
      case Types.INTEGER: return v instanceof Long l && l == l.intValue();
      case Types.SMALLINT: return v instanceof Long l && l == l.shortValue();
      case Types.TINYINT: return v instanceof Long l && l == l.byteValue();
      case Types.DECIMAL: case Types.NUMERIC: {
        BigDecimal d = v instanceof Long l ? BigDecimal.valueOf(l) : v instanceof BigDecimal b ? b.stripTrailingZeros() : null;
        if (d == null) return false;
        int scale = Math.max(0, d.scale());
        return scale <= Math.max(0, p.scale()) && d.precision() - d.scale() <= p.precision() - Math.max(0, p.scale());
      }
      case Types.DOUBLE: case Types.FLOAT: case Types.REAL:
        return v instanceof Long || v instanceof BigDecimal;
      default:
        return false;
    }
  }
}
