package io.dynasql.engine.expr;

import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.Bytes;
import io.dynasql.engine.model.Numbers;
import java.math.BigDecimal;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Renders a value the way DynamoDB's error messages do, e.g. {@code {N:5}} or {@code {S:abc}}.
 * Also used to show values inline when a tree prints itself.
 */
final class ValueText {
  private ValueText() {}

  static String of(AttributeValue value) {
    return "{" + value.type() + ":" + body(value) + "}";
  }

  private static String body(AttributeValue value) {
    if (value instanceof AttributeValue.S s) return s.value();
    if (value instanceof AttributeValue.N n) return n.text();
    if (value instanceof AttributeValue.B b) return b.value().toBase64();
    if (value instanceof AttributeValue.Bool b) return String.valueOf(b.value());
    if (value instanceof AttributeValue.Null) return "true";
    StringJoiner out = new StringJoiner(", ", "[", "]");
    if (value instanceof AttributeValue.SS ss) ss.values().forEach(out::add);
    if (value instanceof AttributeValue.NS ns) {
      for (BigDecimal n : ns.values()) out.add(Numbers.format(n));
    }
    if (value instanceof AttributeValue.BS bs) {
      for (Bytes b : bs.values()) out.add(b.toBase64());
    }
    if (value instanceof AttributeValue.L l) l.values().forEach(v -> out.add(of(v)));
    if (value instanceof AttributeValue.M m) {
      StringJoiner map = new StringJoiner(", ", "{", "}");
      for (Map.Entry<String, AttributeValue> e : m.values().entrySet()) {
        map.add(e.getKey() + "=" + of(e.getValue()));
      }
      return map.toString();
    }
    return out.toString();
  }
}
