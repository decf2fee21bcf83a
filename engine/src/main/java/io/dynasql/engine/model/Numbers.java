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
  private static final BigDecimal UPPER = new BigDecimal("1E+126");
  private static final BigDecimal LOWER = new BigDecimal("1E-130");

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
    BigDecimal v = value.stripTrailingZeros();
    if (v.precision() > MAX_DIGITS) {
      throw new ValidationException(
          "Attempting to store more than 38 significant digits in a Number");
    }
    BigDecimal abs = v.abs();
    if (abs.compareTo(UPPER) >= 0) {
      throw new ValidationException(
          "Number overflow. Attempting to store a number with magnitude larger than supported range");
    }
    if (abs.compareTo(LOWER) < 0) {
      throw new ValidationException(
          "Number underflow. Attempting to store a number with magnitude smaller than supported range");
    }
    return v;
  }

  /** DynamoDB's printed form: plain digits without trailing zeros. */
  public static String format(BigDecimal normalized) {
    return normalized.toPlainString();
  }
}
