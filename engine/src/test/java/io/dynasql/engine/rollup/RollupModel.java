package io.dynasql.engine.rollup;

import io.dynasql.engine.model.AttributeValue;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The reference the view is checked against: SQL's GROUP BY status, region with COUNT(*),
 * SUM(total), AVG(total) and COUNT(note), computed from scratch from a model of the base table's
 * items, and the same rows read back from the view table's items. Groups are keyed by their
 * printed values (NULL for an absent attribute), independently of the view's own group key.
 */
final class RollupModel {
  private RollupModel() {}

  /** The expected rows, by group. */
  static Map<String, List<Object>> expected(Map<String, Map<String, AttributeValue>> items) {
    Map<String, long[]> counts = new HashMap<>();
    Map<String, BigDecimal> sums = new HashMap<>();
    for (Map<String, AttributeValue> item : items.values()) {
      String g = group(item.get("status"), item.get("region"));
      long[] c = counts.computeIfAbsent(g, k -> new long[3]);
      c[0]++;
      if (item.get("total") instanceof AttributeValue.N n) {
        c[1]++;
        sums.merge(g, n.value(), BigDecimal::add);
      }
      if (item.get("note") != null) c[2]++;
    }
    Map<String, List<Object>> out = new TreeMap<>();
    counts.forEach((g, c) -> {
      BigDecimal sum = sums.get(g);
      out.put(g, Arrays.asList(c[0], num(sum), sum == null ? null
          : num(sum.divide(BigDecimal.valueOf(c[1]), MathContext.DECIMAL128)), c[2]));
    });
    return out;
  }

  /** The rows the view table holds, by group. */
  static Map<String, List<Object>> actual(List<Map<String, AttributeValue>> viewItems) {
    Map<String, List<Object>> out = new TreeMap<>();
    for (Map<String, AttributeValue> v : viewItems) {
      List<Object> row = new ArrayList<>();
      row.add(((AttributeValue.N) v.get("n")).value().longValueExact());
      row.add(v.get("revenue") == null ? null : num(((AttributeValue.N) v.get("revenue")).value()));
      row.add(v.get("avg_total") == null ? null : num(((AttributeValue.N) v.get("avg_total")).value()));
      row.add(((AttributeValue.N) v.get("notes")).value().longValueExact());
      out.put(group(v.get("status"), v.get("region")), row);
    }
    return out;
  }

  private static String group(AttributeValue status, AttributeValue region) {
    return text(status) + "|" + text(region);
  }

  private static String text(AttributeValue v) {
    if (v == null || v instanceof AttributeValue.Null) return "NULL";
    return v.toString();
  }

  private static String num(BigDecimal d) {
    return d == null ? null : new AttributeValue.N(d).text();
  }
}
