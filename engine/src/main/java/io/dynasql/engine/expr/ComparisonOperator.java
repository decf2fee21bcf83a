package io.dynasql.engine.expr;

/** The six comparison operators of condition expressions. */
public enum ComparisonOperator {
  EQ("="),
  NE("<>"),
  LT("<"),
  LE("<="),
  GT(">"),
  GE(">=");

  private final String symbol;

  ComparisonOperator(String symbol) {
    this.symbol = symbol;
  }

  /** The operator as written in an expression. */
  public String symbol() {
    return symbol;
  }

  /** The comparator with its operands swapped: {@code a < b} is {@code b > a}. */
  public ComparisonOperator flipped() {
    return switch (this) {
      case LT -> GT;
      case LE -> GE;
      case GT -> LT;
      case GE -> LE;
      default -> this;
    };
  }

  /** Whether this orders its operands (only strings, numbers and binaries can be ordered). */
  public boolean isOrdering() {
    return this != EQ && this != NE;
  }

  /** The comparator written as {@code symbol}, or null. */
  static ComparisonOperator bySymbol(String symbol) {
    for (ComparisonOperator c : values()) if (c.symbol.equals(symbol)) return c;
    return null;
  }
}
