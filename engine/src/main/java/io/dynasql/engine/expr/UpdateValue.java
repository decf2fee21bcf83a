package io.dynasql.engine.expr;

import java.util.Objects;

/**
 * The right-hand side of a SET action: a path, a value, {@code if_not_exists}, {@code
 * list_append}, or the sum or difference of two of those.
 */
public sealed interface UpdateValue
    permits Path, Value, UpdateValue.IfNotExists, UpdateValue.ListAppend, UpdateValue.Arithmetic {

  /**
   * {@code if_not_exists(path, fallback)}: the value at {@code path}, or {@code fallback} when
   * the item has nothing there.
   */
  record IfNotExists(Path path, UpdateValue fallback) implements UpdateValue {
    public IfNotExists {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(fallback, "fallback");
    }

    @Override
    public String toString() {
      return Printer.readable(this);
    }
  }

  /** {@code list_append(first, second)}: the elements of {@code first} then those of {@code second}. */
  record ListAppend(UpdateValue first, UpdateValue second) implements UpdateValue {
    public ListAppend {
      Objects.requireNonNull(first, "first");
      Objects.requireNonNull(second, "second");
    }

    @Override
    public String toString() {
      return Printer.readable(this);
    }
  }

  /** {@code left + right} or {@code left - right} on numbers. */
  record Arithmetic(Operator operator, UpdateValue left, UpdateValue right) implements UpdateValue {
    public Arithmetic {
      Objects.requireNonNull(operator, "operator");
      Objects.requireNonNull(left, "left");
      Objects.requireNonNull(right, "right");
    }

    @Override
    public String toString() {
      return Printer.readable(this);
    }
  }

  /** The two arithmetic operators of SET. */
  enum Operator {
    PLUS("+"),
    MINUS("-");

    private final String symbol;

    Operator(String symbol) {
      this.symbol = symbol;
    }

    /** The operator as written in an expression. */
    public String symbol() {
      return symbol;
    }
  }
}
