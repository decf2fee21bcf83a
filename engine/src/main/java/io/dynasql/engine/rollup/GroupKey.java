package io.dynasql.engine.rollup;

import io.dynasql.engine.model.AttributeValue;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The partition key of a view's row: its group's values, one after another, each tagged with its
 * type and length so that no two groups share a key ({@code S4:OPEN}, {@code N3:1.5}, {@code -}
 * for NULL). A synthetic String key rather than the group column itself, because a group may be
 * NULL (the attribute absent, or DynamoDB's NULL), empty, or of any type, and a key attribute can be
 * none of those. Numbers are normalised by the value, so 1 and 1.0 are one group, as in SQL.
 */
public final class GroupKey {
  /** The view table's partition key attribute. */
  public static final String ATTRIBUTE = "_group";

  private GroupKey() {}

  /** The group of {@code item} under {@code groupBy}: absent and NULL attributes are the NULL group. */
  static String of(Map<String, AttributeValue> item, List<String> groupBy) {
    StringBuilder sb = new StringBuilder();
    for (String column : groupBy) append(sb, item.get(column));
    return sb.toString();
  }

  /**
   * The key of the group whose values, in the view's GROUP BY order, are {@code values} (null for
   * the NULL group): what a reader looking for one group asks the view's table for.
   */
  public static String of(List<AttributeValue> values) {
    StringBuilder sb = new StringBuilder();
    for (AttributeValue v : values) append(sb, v);
    return sb.toString();
  }

  private static void append(StringBuilder sb, AttributeValue v) {
    if (v == null || v instanceof AttributeValue.Null) {
      sb.append('-');
      return;
    }
    String text;
    if (v instanceof AttributeValue.S s) text = s.value();
    else if (v instanceof AttributeValue.N n) text = n.text();
    else if (v instanceof AttributeValue.B b) text = Base64.getEncoder().encodeToString(b.value().unsafeArray());
    else text = v.toString(); // BOOL and documents: records print by value
    sb.append(v.type().name()).append(text.length()).append(':').append(text);
  }
}
