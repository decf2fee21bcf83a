package io.dynasql.engine.rollup;

import io.dynasql.engine.catalog.RollupInfo;
import io.dynasql.engine.model.AttributeValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A view's group items as an open SQL transaction's own uncommitted writes to the base would leave
 * them: the same arithmetic the maintainer does at commit, applied to the committed group items,
 * so that a rollup answered from the view inside the transaction sees the transaction's writes
 * as the plain aggregation does.
 */
public final class PendingGroups {
  /** One pending base change: the committed item (null: none) and the pending one (null: deleted). */
  public record Change(Map<String, AttributeValue> committed, Map<String, AttributeValue> pending) {}

  private PendingGroups() {}

  /**
   * The group items {@code changes} alter, by the view table's primary key, each as it would be
   * (null where the group would be empty); {@code stored} reads a committed group item by key.
   */
  public static Map<Map<String, AttributeValue>, Map<String, AttributeValue>> of(RollupInfo view,
      List<Change> changes, Function<Map<String, AttributeValue>, Map<String, AttributeValue>> stored) {
    Map<String, GroupRow> groups = new LinkedHashMap<>();
    for (Change c : changes) {
      if (c.committed() != null) group(view, groups, stored, c.committed()).add(view, c.committed(), -1);
      if (c.pending() != null) group(view, groups, stored, c.pending()).add(view, c.pending(), 1);
    }
    Map<Map<String, AttributeValue>, Map<String, AttributeValue>> out = new LinkedHashMap<>();
    groups.forEach((k, g) -> out.put(key(k), g.count() > 0 ? g.toItem(view) : null));
    return out;
  }

  private static GroupRow group(RollupInfo view, Map<String, GroupRow> groups,
      Function<Map<String, AttributeValue>, Map<String, AttributeValue>> stored, Map<String, AttributeValue> item) {
    return groups.computeIfAbsent(GroupKey.of(item, view.groupBy()), k -> {
      Map<String, AttributeValue> s = stored.apply(key(k));
      return s == null ? GroupRow.empty(k) : GroupRow.of(view, s);
    });
  }

  private static Map<String, AttributeValue> key(String group) {
    return Map.of(GroupKey.ATTRIBUTE, new AttributeValue.S(group));
  }
}
