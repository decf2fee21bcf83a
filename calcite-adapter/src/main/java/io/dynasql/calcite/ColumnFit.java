package io.dynasql.calcite;

import io.dynasql.engine.model.AttributeValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Whether a number fits a numeric column's declared type without changing: an integer column
 * holds only whole numbers within its range, {@code DECIMAL(p, s)} at most {@code s} digits after
 * the point and {@code p - s} before it (a DECIMAL declared without them, typed DECIMAL(38, 10),
 * holds any number DynamoDB does: 38 significant digits). A number that would have to be rounded or cut to fit is
 * refused (SQLState 22003), never changed; see docs/types.md.
 */
public final class ColumnFit {
  /** Why a value does not fit, with the SQLState to report. */
  public record Misfit(String sqlState, String reason) {}

  /** Numeric value out of range. */
  public static final String OUT_OF_RANGE = SqlState.NUMERIC_OUT_OF_RANGE.code();

  private ColumnFit() {}

  /**
   * Why stored number {@code n} does not fit column type {@code c}, or null when it does. A whole
   * number of at most 18 digits (every bound int or long) is checked as a long, with no BigDecimal.
   */
  public static Misfit number(AttributeValue.N n, SqlColumn c) {
    if (n.fitsLong()) {
      long v = n.longValue();
      switch (c.type()) {
        case BIGINT: return null; // at most 18 digits: within a long's range
        case INTEGER: return whole(v, c.type(), Integer.MIN_VALUE, Integer.MAX_VALUE);
        case SMALLINT: return whole(v, c.type(), Short.MIN_VALUE, Short.MAX_VALUE);
        case TINYINT: return whole(v, c.type(), Byte.MIN_VALUE, Byte.MAX_VALUE);
        default: break;
      }
    }
    return number(n.value(), c);
  }

  private static Misfit whole(long v, SqlTypeName type, long min, long max) {
    return v < min || v > max ? outOfRange(type, min, max) : null;
  }

  private static Misfit outOfRange(SqlTypeName type, long min, long max) {
    return new Misfit(OUT_OF_RANGE, "it is out of the range of " + type + " (" + min + " to " + max + ")");
  }

  /** Why {@code n} does not fit column type {@code c}, or null when it does. */
  public static Misfit number(BigDecimal n, SqlColumn c) {
    BigDecimal d = n.signum() == 0 ? BigDecimal.ZERO : n.stripTrailingZeros();
    switch (c.type()) {
      case BIGINT: return whole(d, c.type(), Long.MIN_VALUE, Long.MAX_VALUE);
      case INTEGER: return whole(d, c.type(), Integer.MIN_VALUE, Integer.MAX_VALUE);
      case SMALLINT: return whole(d, c.type(), Short.MIN_VALUE, Short.MAX_VALUE);
      case TINYINT: return whole(d, c.type(), Byte.MIN_VALUE, Byte.MAX_VALUE);
      case DECIMAL: return decimal(d, c.precision(), c.scale());
      default: return null;
    }
  }

  private static Misfit whole(BigDecimal d, SqlTypeName type, long min, long max) {
    if (d.scale() > 0) return new Misfit(OUT_OF_RANGE, "it has digits after the point, which " + type + " cannot hold");
    BigInteger i = d.toBigIntegerExact();
    if (i.compareTo(BigInteger.valueOf(min)) < 0 || i.compareTo(BigInteger.valueOf(max)) > 0) return outOfRange(type, min, max);
    return null;
  }

  /**
   * Whether a DECIMAL column limits its digits: one declared without (p, s) is typed
   * DECIMAL(38, 10) for SQL but holds any number DynamoDB holds.
   */
  public static boolean limitsDigits(SqlColumn c) {
    return c.precision() >= 0 && !(c.precision() == 38 && c.scale() == 10);
  }

  private static Misfit decimal(BigDecimal d, int precision, int scale) {
    if (precision < 0 || (precision == 38 && scale == 10)) return null; // see limitsDigits
    int s = Math.max(scale, 0);
    int fraction = Math.max(d.scale(), 0);
    if (fraction > s) {
      return new Misfit(OUT_OF_RANGE, "it has " + fraction + " digits after the point; DECIMAL(" + precision + ", " + s
          + ") holds " + s + " (round it first, e.g. with ROUND)");
    }
    int whole = Math.max(d.precision() - d.scale(), 0);
    if (whole > precision - s) {
      return new Misfit(OUT_OF_RANGE, "it has " + whole + " digits before the point; DECIMAL(" + precision + ", " + s
          + ") holds " + (precision - s));
    }
    return null;
  }
}
