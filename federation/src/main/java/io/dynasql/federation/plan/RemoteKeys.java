package io.dynasql.federation.plan;

import io.dynasql.federation.schema.RemoteColumn;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Join keys sent to a source as {@code IN (?, ...)} parameters: which column types can carry
 * them, each key as the JDBC value of the remote column's type (only when that is exact: a key no
 * remote value can equal is not sent at all), and keys in one form for matching found rows.
 */
final class RemoteKeys {
  private RemoteKeys() {}

  /**
   * Whether outer values of type {@code outer} can be sent for {@code column} and the rows found
   * matched in dynasql as SQL equality would: exact numbers, text (not CHAR, which pads), dates.
   * A source whose text equality is looser (case-insensitive) only sends more rows, which the
   * local match then drops.
   */
  static boolean sendable(RelDataType outer, RemoteColumn column, io.dynasql.federation.Dialect dialect) {
    SqlTypeName o = outer.getSqlTypeName();
    switch (column.type()) {
      case SMALLINT:
      case INTEGER:
      case BIGINT:
      case DECIMAL:
        return SqlTypeName.INT_TYPES.contains(o) || o == SqlTypeName.DECIMAL;
      case VARCHAR:
        return o == SqlTypeName.VARCHAR && column.jdbcType() != java.sql.Types.OTHER;
      case DATE:
        return o == SqlTypeName.DATE && dialect != io.dynasql.federation.Dialect.SQLITE;
      default:
        return false;
    }
  }

  /** {@code v} (Calcite's internal form) as the JDBC value of {@code column}'s type, or null when none equals it. */
  static Object parameter(Object v, RemoteColumn column) {
    if (v == null) return null;
    try {
      switch (column.type()) {
        case SMALLINT: {
          long l = decimal(v).longValueExact();
          return (short) l == l ? (Object) (short) l : null;
        }
        case INTEGER: return Math.toIntExact(decimal(v).longValueExact());
        case BIGINT: return decimal(v).longValueExact();
        case DECIMAL: return decimal(v);
        case DATE: return LocalDate.ofEpochDay(((Number) v).longValue());
        default: return v.toString();
      }
    } catch (ArithmeticException e) {
      return null; // a fraction or an out-of-range number: no value of the column equals it
    }
  }

  private static BigDecimal decimal(Object v) {
    return v instanceof BigDecimal b ? b : BigDecimal.valueOf(((Number) v).longValue());
  }

  /**
   * SQL values that are equal as one Java value: exact numbers of any Java type, scale ignored. A
   * whole number that fits a long is a Long (the common key, hashed and compared without building
   * a BigDecimal for every row); any other number a BigDecimal without trailing zeros.
   */
  static Object normal(Object v) {
    if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) return ((Number) v).longValue();
    if (v instanceof BigDecimal d) {
      BigDecimal s = d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
      if (s.scale() <= 0 && s.precision() - s.scale() <= 19) {
        java.math.BigInteger whole = s.toBigIntegerExact();
        if (whole.bitLength() <= 63) return whole.longValue();
      }
      return s;
    }
    return v;
  }

  /** Whether {@code t} is an exact number type (integers, DECIMAL), whose equal values {@link #normal} makes equal. */
  static boolean exact(SqlTypeName t) {
    return SqlTypeName.INT_TYPES.contains(t) || t == SqlTypeName.DECIMAL;
  }

  /** A remote value (of its column's type) as the value of the join input's type {@code to}, which may be a wider number. */
  static Object widened(Object v, SqlTypeName to) {
    if (!(v instanceof Number n) || v instanceof BigDecimal && to == SqlTypeName.DECIMAL) return v;
    return switch (to) {
      case SMALLINT -> n.shortValue();
      case INTEGER -> n.intValue();
      case BIGINT -> n.longValue();
      case DECIMAL -> BigDecimal.valueOf(n.longValue());
      default -> v;
    };
  }
}
