package io.dynasql.calcite;

import java.util.List;
import java.util.Map;
import org.apache.calcite.avatica.util.ByteString;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Which Java values a column of each SQL type takes, so a value is stored as its column's type or
 * refused, never as Java's {@code toString()} ({@code [B@62794582}, {@code Optional[x]}): text
 * columns take text, numbers, booleans, characters, dates and times (as their text), and maps and
 * lists (as JSON text); binary columns take byte[]; number columns numbers and numeric text;
 * BOOLEAN booleans; ARRAY columns lists or arrays whose elements their element type takes.
 */
public final class JavaKinds {
  /** {@link SqlTypeName#NUMERIC_TYPES} as a set: every bound value is checked against it, and that list is searched in turn. */
  private static final java.util.Set<SqlTypeName> NUMERIC = java.util.EnumSet.copyOf(SqlTypeName.NUMERIC_TYPES);

  private JavaKinds() {}

  /** Why {@code value} cannot be stored in a column of {@code type} (element type {@code component}), or null. */
  public static String refusal(Object value, SqlTypeName type, SqlTypeName component) {
    if (value == null || value instanceof String && (type == SqlTypeName.VARCHAR || type == SqlTypeName.CHAR)) return null;
    switch (type) {
      case VARCHAR: case CHAR:
        if (value instanceof byte[]) return "a byte[] is binary; store it in a VARBINARY column";
        if (value instanceof Map || value instanceof List) return json(value);
        return text(value) ? null : "Java type " + name(value) + " has no SQL text";
      case VARBINARY: case BINARY:
        return value instanceof byte[] || value instanceof ByteString ? null
            : "Java type " + name(value) + " is not binary (bind a byte[])";
      case BOOLEAN:
        return value instanceof Boolean ? null : "Java type " + name(value) + " is not a boolean";
      case ARRAY: return elements(value, component);
      default:
        if (NUMERIC.contains(type)) {
          return value instanceof Number || value instanceof CharSequence ? null : "Java type " + name(value) + " is not a number";
        }
        return null;
    }
  }

  /**
   * Whether some column takes a value of {@code v}'s Java type: false for an Optional or any
   * object SQL has no value for, which a parameter refuses as soon as it is bound.
   */
  public static boolean known(Object v) {
    return v == null || text(v) || v instanceof byte[] || v instanceof ByteString || v instanceof Map || v instanceof List
        || v instanceof java.sql.Array || v.getClass().isArray() || v instanceof java.sql.Blob || v instanceof java.sql.Clob
        || v instanceof java.io.InputStream || v instanceof java.io.Reader;
  }

  private static String elements(Object value, SqlTypeName component) {
    if (!(value instanceof java.sql.Array || value instanceof List || value.getClass().isArray()) || value instanceof byte[]) {
      return "Java type " + name(value) + " is not an array (bind a List, an array or a java.sql.Array)";
    }
    for (Object e : SqlArrays.elements(value)) {
      if (e instanceof Map || e instanceof List) return "an element of Java type " + name(e) + " is not a " + component;
      String r = e == null ? null : refusal(e, component, null);
      if (r != null) return "an element: " + r;
    }
    return null;
  }

  private static boolean text(Object v) {
    return v instanceof CharSequence || v instanceof Number || v instanceof Boolean || v instanceof Character
        || v instanceof java.util.Date || v instanceof java.time.temporal.TemporalAccessor || v instanceof java.util.UUID;
  }

  private static String json(Object value) {
    try {
      JsonText.of(value);
      return null;
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  /** The Java type of {@code v} as source code names it: {@code byte[]}, {@code java.util.Optional}. */
  public static String name(Object v) {
    String canonical = v.getClass().getCanonicalName();
    return canonical != null ? canonical : v.getClass().getName();
  }
}
