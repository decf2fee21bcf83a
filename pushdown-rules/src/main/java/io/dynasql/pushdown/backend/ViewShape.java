package io.dynasql.pushdown.backend;

import io.dynasql.engine.model.AttributeValue;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A materialized view of a table, as the rules see it: the table holding its rows, what it groups
 * by, and which attribute of a group's item holds each count and sum, so that a GROUP BY it keeps
 * can be answered by reading that table.
 *
 * @param name the view's table
 * @param groupBy the base attributes grouped by
 * @param countAttribute the attribute holding COUNT(*) of a group
 * @param counts per base attribute, the attribute holding COUNT(attribute) of a group
 * @param sums per base attribute, the attribute holding SUM(attribute) of a group (absent: NULL)
 * @param keyAttribute the view table's partition key: one item per group
 * @param keyOf the key of the group with these values (in {@link #groupBy} order), so that a WHERE
 *     naming every group value reads one item
 */
public record ViewShape(String name, List<String> groupBy, String countAttribute, Map<String, String> counts,
    Map<String, String> sums, String keyAttribute, Function<List<AttributeValue>, String> keyOf) {
  public ViewShape {
    groupBy = List.copyOf(groupBy);
    counts = Map.copyOf(counts);
    sums = Map.copyOf(sums);
  }

  /** Whether the view groups by exactly {@code attributes}, in any order. */
  public boolean groupsBy(List<String> attributes) {
    return attributes.size() == groupBy.size() && groupBy.containsAll(attributes);
  }
}
