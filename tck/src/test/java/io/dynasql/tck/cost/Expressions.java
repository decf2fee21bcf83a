package io.dynasql.tck.cost;

import io.dynasql.engine.model.AttributeValue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/** The expression text and placeholders of a {@link Call}, as a DynamoDB client would write them. */
final class Expressions {
  private Expressions() {}

  /** {@code SET #a0 = :a0, #a1 = :a1} over the attributes in {@code set}'s order. */
  static String setExpression(Map<String, AttributeValue> set) {
    StringJoiner j = new StringJoiner(", ", "SET ", "");
    for (int i = 0; i < set.size(); i++) j.add("#a" + i + " = :a" + i);
    return j.toString();
  }

  static Map<String, String> names(Map<String, AttributeValue> set) {
    Map<String, String> m = new LinkedHashMap<>();
    int i = 0;
    for (String name : set.keySet()) m.put("#a" + i++, name);
    return m;
  }

  static Map<String, AttributeValue> values(Map<String, AttributeValue> set) {
    Map<String, AttributeValue> m = new LinkedHashMap<>();
    int i = 0;
    for (AttributeValue v : set.values()) m.put(":a" + i++, v);
    return m;
  }

  static String keyCondition(Call.Query q) {
    String pk = "#p = :p";
    Call.SortKey s = q.sort();
    if (s == null) return pk;
    return pk + " AND " + switch (s.op()) {
      case "BETWEEN" -> "#s BETWEEN :a AND :b";
      case "begins_with" -> "begins_with(#s, :a)";
      default -> "#s " + s.op() + " :a";
    };
  }

  static Map<String, String> queryNames(Call.Query q) {
    Map<String, String> m = new LinkedHashMap<>(Map.of("#p", q.pk()));
    if (q.sort() != null) m.put("#s", q.sort().name());
    if (q.filter() != null) m.put("#f", q.filter().attribute());
    return m;
  }

  static Map<String, AttributeValue> queryValues(Call.Query q) {
    Map<String, AttributeValue> m = new LinkedHashMap<>(Map.of(":p", q.value()));
    if (q.sort() != null) m.put(":a", q.sort().low());
    if (q.sort() != null && q.sort().high() != null) m.put(":b", q.sort().high());
    if (q.filter() != null) m.put(":f", q.filter().value());
    return m;
  }
}
