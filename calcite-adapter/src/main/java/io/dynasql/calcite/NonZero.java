package io.dynasql.calcite;

import java.math.BigDecimal;
import java.util.List;
import org.apache.calcite.schema.impl.ScalarFunctionImpl;
import org.apache.calcite.sql.SqlFunction;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.OperandTypes;
import org.apache.calcite.sql.type.ReturnTypes;
import org.apache.calcite.sql.type.SqlTypeFamily;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.validate.SqlUserDefinedFunction;

/**
 * {@code NONZERO(x)}: {@code x}, or a {@link DivisionByZeroException} when it is zero. One function
 * per exact Java type, each typed as its argument (nullability included), so wrapping a divisor
 * changes neither the division's type nor its code beyond the check. Null passes through: a
 * division by NULL is NULL.
 */
public final class NonZero {
  private static final SqlFunction INT = function(Integer.class);
  private static final SqlFunction LONG = function(Long.class);
  private static final SqlFunction SHORT = function(Short.class);
  private static final SqlFunction BYTE = function(Byte.class);
  private static final SqlFunction DECIMAL = function(BigDecimal.class);

  private NonZero() {}

  /** The guard for a divisor of {@code type}; null for a type whose division does not throw (floating point). */
  static SqlFunction of(SqlTypeName type) {
    return switch (type) {
      case INTEGER -> INT;
      case BIGINT -> LONG;
      case SMALLINT -> SHORT;
      case TINYINT -> BYTE;
      case DECIMAL -> DECIMAL;
      default -> null;
    };
  }

  /** Whether {@code f} is one of the guards (EXPLAIN and pushdown treat it as its argument). */
  public static boolean is(SqlFunction f) {
    return f == INT || f == LONG || f == SHORT || f == BYTE || f == DECIMAL;
  }

  // Called by generated code (Calcite needs them public).

  /** {@code v}, unless zero. */
  public static Integer check(Integer v) {
    if (v != null && v == 0) throw new DivisionByZeroException();
    return v;
  }

  /** {@code v}, unless zero. */
  public static Long check(Long v) {
    if (v != null && v == 0L) throw new DivisionByZeroException();
    return v;
  }

  /** {@code v}, unless zero. */
  public static Short check(Short v) {
    if (v != null && v == 0) throw new DivisionByZeroException();
    return v;
  }

  /** {@code v}, unless zero. */
  public static Byte check(Byte v) {
    if (v != null && v == 0) throw new DivisionByZeroException();
    return v;
  }

  /** {@code v}, unless zero (of any scale). */
  public static BigDecimal check(BigDecimal v) {
    if (v != null && v.signum() == 0) throw new DivisionByZeroException();
    return v;
  }

  private static SqlFunction function(Class<?> type) {
    try {
      ScalarFunctionImpl impl = (ScalarFunctionImpl) ScalarFunctionImpl.create(NonZero.class.getMethod("check", type));
      return new SqlUserDefinedFunction(new SqlIdentifier("NONZERO", SqlParserPos.ZERO), SqlKind.OTHER_FUNCTION,
          ReturnTypes.ARG0, null, OperandTypes.operandMetadata(List.of(SqlTypeFamily.NUMERIC),
              f -> List.of(), i -> "divisor", i -> false), impl);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(e);
    }
  }
}
