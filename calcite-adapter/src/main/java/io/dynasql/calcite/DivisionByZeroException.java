package io.dynasql.calcite;

/**
 * An exact division or MOD by zero (SQLState 22012). Thrown by the divisor guards
 * ({@link DivisorGuards}) that every plan carries before each exact-numeric divisor, so the driver
 * tells a division by zero from a numeric overflow by the exception's type: the JDK throws a plain
 * ArithmeticException for both.
 */
public final class DivisionByZeroException extends ArithmeticException {
  private static final long serialVersionUID = 1L;

  public DivisionByZeroException() {
    super("Division by zero");
  }
}
