package io.dynasql.calcite.dml;

import io.dynasql.calcite.ColumnFit;
import io.dynasql.calcite.SqlColumn;
import java.math.BigDecimal;

/**
 * The values a numeric column may hold before a step of {@code d} so that the result still fits
 * the column's type: {@code below} and {@code above} are exclusive bounds on the old value (null
 * when the step cannot overflow on that side).
 *
 * @param below the old value must be less than this, or null
 * @param above the old value must be greater than this, or null
 */
record Bounds(BigDecimal below, BigDecimal above) {
  /** The bounds for column {@code c} and step {@code d}, or null when the type has none we can state. */
  static Bounds of(SqlColumn c, BigDecimal d) {
    BigDecimal max;
    BigDecimal min;
    switch (c.type()) {
      case BIGINT -> { max = BigDecimal.valueOf(Long.MAX_VALUE); min = BigDecimal.valueOf(Long.MIN_VALUE); }
      case INTEGER -> { max = BigDecimal.valueOf(Integer.MAX_VALUE); min = BigDecimal.valueOf(Integer.MIN_VALUE); }
      case SMALLINT -> { max = BigDecimal.valueOf(Short.MAX_VALUE); min = BigDecimal.valueOf(Short.MIN_VALUE); }
      case TINYINT -> { max = BigDecimal.valueOf(Byte.MAX_VALUE); min = BigDecimal.valueOf(Byte.MIN_VALUE); }
      case DECIMAL -> {
        if (!ColumnFit.limitsDigits(c)) return new Bounds(null, null); // unbounded: DynamoDB's 38 digits apply
        // |result| < 10^(precision - scale)
        BigDecimal limit = BigDecimal.ONE.scaleByPowerOfTen(c.precision() - Math.max(c.scale(), 0));
        return new Bounds(limit.subtract(d), limit.negate().subtract(d));
      }
      default -> { return null; }
    }
    // old + d <= max  <=>  old < max - d + 1 (integers)
    return new Bounds(max.subtract(d).add(BigDecimal.ONE), min.subtract(d).subtract(BigDecimal.ONE));
  }
}
