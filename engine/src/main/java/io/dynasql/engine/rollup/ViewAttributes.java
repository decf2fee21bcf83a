package io.dynasql.engine.rollup;

import io.dynasql.engine.catalog.RollupAggregate;
import io.dynasql.engine.catalog.RollupInfo;
import io.dynasql.engine.model.RollupFunction;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The attributes of a view table's item besides the group key, the group's values and the
 * aggregates' aliases: the counters every aggregate is computed from. They start with '_' (an
 * alias may not), and the SQL layer answers GROUP BY queries from them.
 */
public final class ViewAttributes {
  /** {@code COUNT(*)} of the group: when it reaches 0 the group's item is deleted. */
  public static final String COUNT = "_count";

  private ViewAttributes() {}

  /** The attribute counting the group's items where {@code attribute} is present and not NULL. */
  public static String count(String attribute) {
    return "_count_" + attribute;
  }

  /** The attribute holding the sum of the group's Number values of {@code attribute}. */
  public static String sum(String attribute) {
    return "_sum_" + attribute;
  }

  /**
   * The attribute counting, per scale (digits after the point, at least 0), the group's Number
   * values of {@code attribute} that have it: a Map from the scale to the count. DynamoDB stores
   * numbers without trailing zeros, so the sum alone has lost the scale SQL's SUM of the stored
   * values has: the largest of theirs. Counting them per scale keeps that exact when the value with
   * the largest one is deleted ({@link SumScale}).
   */
  public static String scales(String attribute) {
    return "_scales_" + attribute;
  }

  /** The base attributes any aggregate of {@code view} reads, in the order first written. */
  static Set<String> measured(RollupInfo view) {
    Set<String> out = new LinkedHashSet<>();
    for (RollupAggregate a : view.aggregates()) {
      if (a.attribute() != null) out.add(a.attribute());
    }
    return out;
  }

  /** Whether any aggregate of {@code view} reads {@code attribute} (so its count is kept). */
  public static boolean measuredBy(RollupInfo view, String attribute) {
    return measured(view).contains(attribute);
  }

  /** Whether a SUM or AVG of {@code view} reads {@code attribute}. */
  public static boolean summed(RollupInfo view, String attribute) {
    for (RollupAggregate a : view.aggregates()) {
      if (attribute.equals(a.attribute()) && (a.function() == RollupFunction.SUM || a.function() == RollupFunction.AVG)) {
        return true;
      }
    }
    return false;
  }
}
