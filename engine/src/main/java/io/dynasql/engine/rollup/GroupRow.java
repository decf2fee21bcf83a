package io.dynasql.engine.rollup;

import io.dynasql.engine.catalog.RollupAggregate;
import io.dynasql.engine.catalog.RollupInfo;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.RollupFunction;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * One group of a view while it is being changed: how many items it has and, per aggregated
 * attribute, how many of them have it and the sum of its Number values. An item adds or takes away
 * its contribution, so a change needs only its old and new image, never the rest of the group.
 * Stored as the view table's item ({@link ViewAttributes} names the attributes).
 */
final class GroupRow {
  private final String key;
  private final Map<String, AttributeValue> groupValues = new LinkedHashMap<>();
  private long count;
  private final Map<String, Long> present = new TreeMap<>();
  private final Map<String, BigDecimal> sums = new TreeMap<>();
  /** Per summed attribute, how many of its Number values have each scale ({@link SumScale}). */
  private final Map<String, Map<Integer, Long>> scales = new TreeMap<>();

  private GroupRow(String key) {
    this.key = key;
  }

  /** An empty group. */
  static GroupRow empty(String key) {
    return new GroupRow(key);
  }

  /** The group a view table item holds. */
  static GroupRow of(RollupInfo view, Map<String, AttributeValue> item) {
    GroupRow g = new GroupRow(((AttributeValue.S) item.get(GroupKey.ATTRIBUTE)).value());
    for (String c : view.groupBy()) {
      if (item.get(c) != null) g.groupValues.put(c, item.get(c));
    }
    g.count = number(item.get(ViewAttributes.COUNT)).longValueExact();
    for (String a : ViewAttributes.measured(view)) {
      AttributeValue n = item.get(ViewAttributes.count(a));
      if (n != null) g.present.put(a, number(n).longValueExact());
      AttributeValue s = item.get(ViewAttributes.sum(a));
      if (s != null) g.sums.put(a, number(s));
      if (item.get(ViewAttributes.scales(a)) instanceof AttributeValue.M m) {
        Map<Integer, Long> counts = new TreeMap<>();
        m.values().forEach((scale, count) -> counts.put(Integer.valueOf(scale), number(count).longValueExact()));
        g.scales.put(a, counts);
      }
    }
    return g;
  }

  String key() { return key; }

  long count() { return count; }

  /** Adds ({@code sign} 1) or takes away (-1) one base item's contribution. */
  void add(RollupInfo view, Map<String, AttributeValue> item, int sign) {
    if (groupValues.isEmpty()) {
      for (String c : view.groupBy()) {
        AttributeValue v = item.get(c);
        if (v != null && !(v instanceof AttributeValue.Null)) groupValues.put(c, v);
      }
    }
    count += sign;
    for (String a : ViewAttributes.measured(view)) {
      AttributeValue v = item.get(a);
      if (v == null || v instanceof AttributeValue.Null) continue;
      present.merge(a, (long) sign, Long::sum);
      if (v instanceof AttributeValue.N n && ViewAttributes.summed(view, a)) {
        BigDecimal d = sign > 0 ? n.value() : n.value().negate();
        sums.merge(a, d, BigDecimal::add);
        scales.computeIfAbsent(a, k -> new TreeMap<>()).merge(SumScale.of(n), (long) sign, Long::sum);
      }
    }
  }

  /** The view table's item for this group (count above zero). */
  Map<String, AttributeValue> toItem(RollupInfo view) {
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    item.put(GroupKey.ATTRIBUTE, new AttributeValue.S(key));
    item.putAll(groupValues);
    item.put(ViewAttributes.COUNT, new AttributeValue.N(BigDecimal.valueOf(count)));
    for (String a : ViewAttributes.measured(view)) {
      long n = present.getOrDefault(a, 0L);
      item.put(ViewAttributes.count(a), new AttributeValue.N(BigDecimal.valueOf(n)));
      if (n > 0 && ViewAttributes.summed(view, a)) {
        item.put(ViewAttributes.sum(a), new AttributeValue.N(sums.getOrDefault(a, BigDecimal.ZERO)));
      }
      Map<String, AttributeValue> byScale = new LinkedHashMap<>();
      scales.getOrDefault(a, Map.of()).forEach((scale, count) -> {
        if (count > 0) byScale.put(String.valueOf(scale), new AttributeValue.N(BigDecimal.valueOf(count)));
      });
      if (!byScale.isEmpty()) item.put(ViewAttributes.scales(a), new AttributeValue.M(byScale));
    }
    for (RollupAggregate agg : view.aggregates()) {
      AttributeValue v = value(agg);
      if (v != null) item.put(agg.alias(), v);
    }
    return item;
  }

  /** The aggregate's value for this group, or null when SQL's would be NULL. */
  private AttributeValue value(RollupAggregate agg) {
    long n = agg.attribute() == null ? count : present.getOrDefault(agg.attribute(), 0L);
    if (agg.function() == RollupFunction.COUNT_STAR || agg.function() == RollupFunction.COUNT) {
      return new AttributeValue.N(BigDecimal.valueOf(n));
    }
    if (n == 0) return null;
    BigDecimal sum = sums.getOrDefault(agg.attribute(), BigDecimal.ZERO);
    if (agg.function() == RollupFunction.SUM) return new AttributeValue.N(sum);
    return new AttributeValue.N(sum.divide(BigDecimal.valueOf(n), MathContext.DECIMAL128));
  }

  private static BigDecimal number(AttributeValue v) {
    return ((AttributeValue.N) v).value();
  }
}
