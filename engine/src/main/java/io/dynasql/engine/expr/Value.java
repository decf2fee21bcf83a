package io.dynasql.engine.expr;

import io.dynasql.engine.model.AttributeValue;
import java.util.Objects;

/**
 * A literal value: in request text it is an {@code :placeholder}, in a resolved tree the value.
 *
 * @param value the attribute value
 */
public record Value(AttributeValue value) implements Operand, UpdateValue {
  public Value {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return ValueText.of(value);
  }
}
