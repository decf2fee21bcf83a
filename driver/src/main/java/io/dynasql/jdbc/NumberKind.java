package io.dynasql.jdbc;

/**
 * The number a getter returns ({@code getByte} ... {@code getBigDecimal}): its name in error
 * messages, and what it gives for SQL NULL (JDBC: zero for a primitive, null for BigDecimal).
 */
enum NumberKind {
  BYTE("byte", (byte) 0),
  SHORT("short", (short) 0),
  INT("int", 0),
  LONG("long", 0L),
  FLOAT("float", 0f),
  DOUBLE("double", 0d),
  BIG_DECIMAL("BigDecimal", null);

  private final String shown;
  private final Number zero;

  NumberKind(String shown, Number zero) {
    this.shown = shown;
    this.zero = zero;
  }

  /** What the getter returns for SQL NULL. */
  Number zero() {
    return zero;
  }

  /** Whether the kind is binary floating point, which holds NaN and the infinities. */
  boolean approximate() {
    return this == FLOAT || this == DOUBLE;
  }

  @Override
  public String toString() {
    return shown;
  }
}
