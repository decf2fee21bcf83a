package io.dynasql.pushdown;

/**
 * An exact sum of longs in a long and a count of wrap-arounds: a running total adds with
 * two's-complement wrap-around, which is associative, and counts +1 each time it wraps past the
 * top and -1 past the bottom; the sum is exact, and fits a long, exactly when the count is 0 at
 * the end. So a SUM is 22003 only when its result does not fit, whatever order its values came in
 * (PostgreSQL sums a bigint exactly: https://www.postgresql.org/docs/current/functions-aggregate.html,
 * "sum(bigint) → numeric"). Called by the streamed aggregate and by the code Calcite generates.
 */
public final class Overflow {
  private Overflow() {}

  /** {@code total + value} wrapped around. */
  public static long plus(long total, long value) {
    return total + value;
  }

  /** The wrap-around count after adding {@code value} to {@code total} whose count was {@code wraps}. */
  public static long wraps(long total, long value, long wraps) {
    long sum = total + value;
    // the sign flipped although both operands had the other one: wrapped past an end
    if (((total ^ sum) & (value ^ sum)) < 0) return value > 0 ? wraps + 1 : wraps - 1;
    return wraps;
  }

  /** {@code total}, when it did not wrap in all; else an ArithmeticException (22003): the sum is past BIGINT. */
  public static long exact(long total, long wraps) {
    if (wraps != 0) throw new ArithmeticException("BIGINT overflow: the sum is " + (wraps > 0 ? "above " + Long.MAX_VALUE : "below " + Long.MIN_VALUE));
    return total;
  }
}
