package io.dynasql.pushdown.lmdb;

import io.dynasql.engine.catalog.RollupInfo;
import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.rollup.GroupKey;
import io.dynasql.engine.rollup.ViewAttributes;
import io.dynasql.pushdown.backend.ViewShape;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The materialized views of an engine table as the rules see them ({@link ViewShape}). */
public final class ViewShapes {
  private ViewShapes() {}

  /** The views kept over {@code t} (none for most tables). */
  public static List<ViewShape> of(TableDescriptor t) {
    return t.maintainedViews().stream().map(ViewShapes::of).toList();
  }

  private static ViewShape of(RollupInfo v) {
    Map<String, String> counts = new HashMap<>();
    Map<String, String> sums = new HashMap<>();
    for (var a : v.aggregates()) {
      if (a.attribute() == null) continue;
      counts.put(a.attribute(), ViewAttributes.count(a.attribute()));
      if (ViewAttributes.summed(v, a.attribute())) sums.put(a.attribute(), ViewAttributes.sum(a.attribute()));
    }
    return new ViewShape(v.view(), v.groupBy(), ViewAttributes.COUNT, counts, sums, GroupKey.ATTRIBUTE, GroupKey::of);
  }
}
