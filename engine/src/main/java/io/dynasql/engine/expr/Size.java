package io.dynasql.engine.expr;

import java.util.Objects;

/**
 * {@code size(operand)}: the length of a string or binary, or the element count of a set, list or
 * map. DynamoDB documents a path argument but also accepts a value (or another size).
 *
 * @param operand what to measure
 */
public record Size(Operand operand) implements Operand {
  public Size {
    Objects.requireNonNull(operand, "operand");
  }

  @Override
  public String toString() {
    return "size(" + operand + ")";
  }
}
