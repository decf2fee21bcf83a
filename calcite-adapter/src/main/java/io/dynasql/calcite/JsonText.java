package io.dynasql.calcite;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A Java document (a Map or List of strings, numbers, booleans, nulls and further maps and lists,
 * as a JSON library hands them over) as JSON text, for a JSON (VARCHAR) column. Anything else in
 * it is refused with an IllegalArgumentException naming its Java type, never written as its
 * {@code toString()}.
 */
public final class JsonText {
  private JsonText() {}

  /** The JSON text of {@code value}. */
  public static String of(Object value) {
    StringBuilder sb = new StringBuilder();
    write(value, sb);
    return sb.toString();
  }

  private static void write(Object v, StringBuilder sb) {
    if (v == null) {
      sb.append("null");
    } else if (v instanceof CharSequence || v instanceof Character) {
      ItemJson.string(v.toString(), sb);
    } else if (v instanceof Boolean) {
      sb.append(v);
    } else if (v instanceof BigDecimal d) {
      sb.append(d.toPlainString());
    } else if (v instanceof Double d && (d.isNaN() || d.isInfinite()) || v instanceof Float f && (f.isNaN() || f.isInfinite())) {
      throw new IllegalArgumentException("JSON has no number " + v);
    } else if (v instanceof Number) {
      sb.append(v);
    } else if (v instanceof Map<?, ?> m) {
      sb.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (!first) sb.append(',');
        first = false;
        ItemJson.string(String.valueOf(e.getKey()), sb);
        sb.append(':');
        write(e.getValue(), sb);
      }
      sb.append('}');
    } else if (v instanceof Collection<?> || v instanceof Object[]) {
      Collection<?> items = v instanceof Object[] a ? List.of(a) : (Collection<?>) v;
      sb.append('[');
      boolean first = true;
      for (Object item : items) {
        if (!first) sb.append(',');
        first = false;
        write(item, sb);
      }
      sb.append(']');
    } else {
      throw new IllegalArgumentException("JSON has no value of Java type " + JavaKinds.name(v));
    }
  }
}
