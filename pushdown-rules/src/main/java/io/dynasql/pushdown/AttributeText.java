package io.dynasql.pushdown;

import io.dynasql.engine.model.AttributeValue;

/** Prints attribute values in EXPLAIN text: strings quoted, numbers bare. */
final class AttributeText {
  private AttributeText() {}

  static String of(AttributeValue v) {
    if (v instanceof AttributeValue.S s) return "'" + s.value().replace("'", "''") + "'";
    if (v instanceof AttributeValue.N n) return n.text();
    if (v instanceof AttributeValue.Bool b) return Boolean.toString(b.value());
    if (v instanceof AttributeValue.B b) return "X'" + java.util.HexFormat.of().formatHex(b.value().unsafeArray()) + "'";
    return String.valueOf(v);
  }
}
