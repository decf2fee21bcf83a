package io.dynasql.pushdown;

import io.dynasql.engine.model.AttributeValue;

/** A key value in an access path: a literal, or a {@code ?} parameter bound at execution. */
public sealed interface KeyValue {
  /** A literal known at planning time. */
  record Literal(AttributeValue value) implements KeyValue {
    @Override public String toString() {
      return AttributeText.of(value);
    }
  }

  /**
   * A dynamic parameter.
   *
   * @param index the parameter's 0-based position in the statement
   * @param field the column whose type converts the bound value
   */
  record Param(int index, int field) implements KeyValue {
    @Override public String toString() {
      return "?" + index;
    }
  }
}
