package io.dynasql.engine.rollup;

import io.dynasql.engine.catalog.RollupAggregate;
import io.dynasql.engine.catalog.RollupInfo;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.RollupFunction;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * The scale a view's sum is read with: the one SQL's SUM over the base items gives, the largest
 * scale of the values summed as they are read (at least 0, as the SQL layer reads a stored
 * number). A base read sums 100.5 and 419.5 to 520.0; the view stores 520 (DynamoDB's number
 * form) and its {@link ViewAttributes#scales} counters say a value of scale 1 is in the group.
 */
public final class SumScale {
  private SumScale() {}

  /** The scale {@code n} has as the SQL layer reads it. */
  static int of(AttributeValue.N n) {
    return Math.max(0, n.value().scale());
  }

  /**
   * Per attribute of a view's table that holds a sum (the {@code _sum_a} counter and each SUM
   * aggregate's alias), the attribute counting its values' scales.
   */
  public static Map<String, String> scaledAttributes(RollupInfo view) {
    Map<String, String> out = new HashMap<>();
    for (RollupAggregate a : view.aggregates()) {
      if (a.attribute() == null || !ViewAttributes.summed(view, a.attribute())) continue;
      out.put(ViewAttributes.sum(a.attribute()), ViewAttributes.scales(a.attribute()));
      if (a.function() == RollupFunction.SUM) out.put(a.alias(), ViewAttributes.scales(a.attribute()));
    }
    return out;
  }

  /**
   * {@code sum} with the largest scale {@code scales} (a view item's counter map) counts; as it is
   * when there is no such map (a view item written before these were kept: REFRESH adds them).
   */
  public static BigDecimal apply(BigDecimal sum, AttributeValue scales) {
    if (!(scales instanceof AttributeValue.M m)) return sum;
    int largest = -1;
    for (Map.Entry<String, AttributeValue> e : m.values().entrySet()) {
      if (e.getValue() instanceof AttributeValue.N n && n.value().signum() > 0) {
        largest = Math.max(largest, Integer.parseInt(e.getKey()));
      }
    }
    // the sum of values of scale at most `largest` has no more digits after the point than that
    return largest < 0 || sum.scale() > largest ? sum : sum.setScale(largest);
  }
}
