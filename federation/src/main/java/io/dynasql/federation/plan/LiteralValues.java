package io.dynasql.federation.plan;

import io.dynasql.federation.schema.RemoteColumn;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.sql.type.SqlTypeFamily;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.util.DateString;
import org.apache.calcite.util.TimestampString;

/**
 * Values sent to a source as parameters, always in the type of the column they are compared
 * with: a literal converts only when nothing is lost (so {@code int_col = 1.5} stays local rather
 * than becoming {@code int_col = 1}), and the remote column is never wrapped in a CAST.
 */
final class LiteralValues {
  private LiteralValues() {}

  /** {@code lit} as the JDBC value of {@code column}'s type, or null when it cannot be exactly. */
  static Object convert(RexLiteral lit, RemoteColumn column) {
    SqlTypeFamily family = lit.getType().getSqlTypeName().getFamily();
    try {
      switch (column.type()) {
        case SMALLINT:
        case INTEGER:
        case BIGINT: {
          if (family != SqlTypeFamily.NUMERIC) return null;
          long v = lit.getValueAs(BigDecimal.class).longValueExact();
          if (column.type() == SqlTypeName.INTEGER) return Math.toIntExact(v);
          if (column.type() == SqlTypeName.SMALLINT && (short) v != v) return null;
          return column.type() == SqlTypeName.SMALLINT ? (Object) (short) v : (Object) v;
        }
        case DECIMAL: return family == SqlTypeFamily.NUMERIC ? lit.getValueAs(BigDecimal.class) : null;
        case REAL:
        case DOUBLE: return family == SqlTypeFamily.NUMERIC ? lit.getValueAs(Double.class) : null;
        case BOOLEAN: return family == SqlTypeFamily.BOOLEAN ? lit.getValueAs(Boolean.class) : null;
        case VARCHAR:
        case CHAR: return family == SqlTypeFamily.CHARACTER ? lit.getValueAs(String.class) : null;
        case DATE: return family == SqlTypeFamily.DATE ? LocalDate.parse(lit.getValueAs(DateString.class).toString()) : null;
        case TIMESTAMP:
          return family == SqlTypeFamily.TIMESTAMP
              ? LocalDateTime.parse(lit.getValueAs(TimestampString.class).toString().replace(' ', 'T')) : null;
        default: return null;
      }
    } catch (ArithmeticException e) {
      return null; // a fraction or an out-of-range number: no value of the column equals it exactly
    }
  }

  /** Whether a CAST from {@code from} to {@code to} keeps every value and its order (so it may be dropped). */
  static boolean widens(RelDataType from, RelDataType to) {
    SqlTypeName f = from.getSqlTypeName();
    SqlTypeName t = to.getSqlTypeName();
    if (SqlTypeName.INT_TYPES.contains(f)) return SqlTypeName.NUMERIC_TYPES.contains(t) && t != SqlTypeName.REAL;
    if (f == SqlTypeName.DECIMAL) return t == SqlTypeName.DECIMAL && to.getScale() >= from.getScale();
    if (f == SqlTypeName.REAL) return t == SqlTypeName.DOUBLE;
    if (f == SqlTypeName.CHAR) return false; // CHAR pads: comparing as VARCHAR differs
    return f == SqlTypeName.VARCHAR && t == SqlTypeName.VARCHAR;
  }

  /** A parameter's value, in Calcite's internal form, as the JDBC value of a column of type {@code type}. */
  static Object parameter(Object v, SqlTypeName type) {
    if (v == null) return null;
    switch (type) {
      case SMALLINT: return ((Number) v).shortValue();
      case INTEGER: return ((Number) v).intValue();
      case BIGINT: return ((Number) v).longValue();
      case DECIMAL: return v instanceof BigDecimal b ? b : new BigDecimal(v.toString());
      case REAL:
      case DOUBLE: return ((Number) v).doubleValue();
      case DATE: return v instanceof Number n ? LocalDate.ofEpochDay(n.longValue()) : v;
      case TIME: return v instanceof Number n ? LocalTime.ofNanoOfDay(n.longValue() * 1_000_000L) : v;
      case TIMESTAMP: return v instanceof Number n
          ? LocalDateTime.ofEpochSecond(Math.floorDiv(n.longValue(), 1000), (int) Math.floorMod(n.longValue(), 1000) * 1_000_000,
              ZoneOffset.UTC) : v;
      default: return v;
    }
  }
}
