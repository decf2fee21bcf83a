package io.dynasql.calcite;

import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.Bytes;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/**
 * Items and documents as plain JSON text, usable with SQL's JSON functions: maps are objects,
 * lists and sets are arrays, numbers are JSON numbers (exact digits), binary is base64 text.
 */
public final class ItemJson {
  private ItemJson() {}

  /** The whole item as a JSON object. */
  public static String of(Map<String, AttributeValue> item) {
    StringBuilder sb = new StringBuilder();
    object(item, sb);
    return sb.toString();
  }

  /** One value as JSON. */
  public static String of(AttributeValue v) {
    StringBuilder sb = new StringBuilder();
    value(v, sb);
    return sb.toString();
  }

  private static void object(Map<String, AttributeValue> m, StringBuilder sb) {
    sb.append('{');
    boolean first = true;
    for (Map.Entry<String, AttributeValue> e : m.entrySet()) {
      if (!first) sb.append(',');
      first = false;
      string(e.getKey(), sb);
      sb.append(':');
      value(e.getValue(), sb);
    }
    sb.append('}');
  }

  private static void value(AttributeValue v, StringBuilder sb) {
    if (v instanceof AttributeValue.S s) string(s.value(), sb);
    else if (v instanceof AttributeValue.N n) sb.append(n.text());
    else if (v instanceof AttributeValue.B b) string(b.value().toBase64(), sb);
    else if (v instanceof AttributeValue.Bool b) sb.append(b.value());
    else if (v instanceof AttributeValue.Null) sb.append("null");
    else if (v instanceof AttributeValue.M m) object(m.values(), sb);
    else if (v instanceof AttributeValue.L l) array(l.values(), sb);
    else if (v instanceof AttributeValue.SS s) array(s.values(), sb);
    else if (v instanceof AttributeValue.NS s) array(s.values(), sb);
    else array(((AttributeValue.BS) v).values(), sb);
  }

  private static void array(Collection<?> items, StringBuilder sb) {
    sb.append('[');
    boolean first = true;
    for (Object o : items) {
      if (!first) sb.append(',');
      first = false;
      if (o instanceof AttributeValue v) value(v, sb);
      else if (o instanceof String s) string(s, sb);
      else if (o instanceof BigDecimal d) sb.append(d.toPlainString());
      else string(((Bytes) o).toBase64(), sb);
    }
    sb.append(']');
  }

  /** Appends {@code s} as a JSON string literal, escaped. */
  static void string(String s, StringBuilder sb) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"': sb.append("\\\""); break;
        case '\\': sb.append("\\\\"); break;
        case '\n': sb.append("\\n"); break;
        case '\r': sb.append("\\r"); break;
        case '\t': sb.append("\\t"); break;
        default:
          if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
          else sb.append(c);
      }
    }
    sb.append('"');
  }
}
