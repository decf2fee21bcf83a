package io.dynasql.engine.model;

import io.dynasql.engine.error.ValidationException;
import java.math.BigDecimal;

/**
 * DynamoDB's number rules: at most 38 significant digits, magnitude between 1E-130 and
 * 9.99...E+125, compared by value, printed without trailing zeros or exponent.
 */
public final class Numbers {
  /** Largest number of significant digits a number may have. */
  public static final int MAX_DIGITS = 38;
  /** Largest power of ten of a leading digit: magnitudes stay below 1E+126. */
  private static final int MAX_EXPONENT = 125;
  /** Smallest power of ten of a leading digit: magnitudes stay at or above 1E-130. */
  private static final int MIN_EXPONENT = -130;

  private Numbers() {}

  /** Parses DynamoDB's text form of a number, rejecting what DynamoDB rejects. */
  public static BigDecimal parse(String text) {
    if (text == null || text.isEmpty()) {
      throw new ValidationException("The parameter cannot be converted to a numeric value");
    }
    BigDecimal value;
    try {
      value = new BigDecimal(text.trim());
    } catch (NumberFormatException e) {
      throw new ValidationException("The parameter cannot be converted to a numeric value: " + text);
    }
    return normalize(value);
  }

  /** Strips trailing zeros and checks digits and magnitude; the result compares with equals(). */
  public static BigDecimal normalize(BigDecimal value) {
    if (value == null) throw new NullPointerException("N value");
    if (value.signum() == 0) return BigDecimal.ZERO;
    if (isAlreadyNormal(value)) return value;
    BigDecimal v = value.stripTrailingZeros();
    if (v.precision() > MAX_DIGITS) {
      throw new ValidationException(
          "Attempting to store more than 38 significant digits in a Number");
    }
    // The power of ten of the leading digit decides the magnitude, as comparing abs() with 1E+126
    // and 1E-130 would, without allocating abs() for negative numbers.
    checkMagnitude((long) v.precision() - v.scale() - 1);
    return v;
  }

  /**
   * Whether {@code value} (not zero) has at most 18 digits, the last of which is not 0, at a
   * modest scale: already normal and in range, so it is returned as it is. Every number decoded from storage
   * passes through here, and most numbers are such; {@code stripTrailingZeros} would
   * allocate a copy of each. Scale 0 and at most 18 digits let {@code longValue()} read the
   * unscaled value without allocating. A subclass of BigDecimal could be mutable, so only
   * BigDecimal itself is kept.
   */
  private static boolean isAlreadyNormal(BigDecimal value) {
    if (value.getClass() != BigDecimal.class || value.precision() > 18) return false;
    if (value.scale() == 0) return value.longValue() % 10 != 0;
    // 500 is stored as 5E+2 and 1.5 as 15E-1: normal when the unscaled digits end in no 0, and
    // in range, since 18 digits at scale -100..100 lead with a power of ten of -118..117
    return value.scale() >= -100 && value.scale() <= 100 && value.unscaledValue().longValue() % 10 != 0;
  }

  /** The number of decimal digits of {@code v} (1 for 0), as BigDecimal's precision counts them. */
  public static int digits(long v) {
    if (v == Long.MIN_VALUE) return 19;
    long a = Math.abs(v);
    // comparisons against powers of ten, not a division per digit: this runs for every number decoded
    int n = 1;
    while (n < 19 && a >= POWERS_OF_TEN[n]) n++;
    return n;
  }

  /** 10^0 .. 10^18. */
  private static final long[] POWERS_OF_TEN = new long[19];

  static {
    POWERS_OF_TEN[0] = 1;
    for (int i = 1; i < POWERS_OF_TEN.length; i++) POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
  }

  /** Rejects a number whose leading digit is at power of ten {@code leading}, out of DynamoDB's range. */
  static void checkMagnitude(long leading) {
    if (leading > MAX_EXPONENT) {
      throw new ValidationException(
          "Number overflow. Attempting to store a number with magnitude larger than supported range");
    }
    if (leading < MIN_EXPONENT) {
      throw new ValidationException(
          "Number underflow. Attempting to store a number with magnitude smaller than supported range");
    }
  }

  /** DynamoDB's printed form: plain digits without trailing zeros. */
  public static String format(BigDecimal normalized) {
    return normalized.toPlainString();
  }
}
