package io.dynasql.engine.catalog;

import java.util.List;

/**
 * A materialized view (a maintained rollup), as the catalog keeps it: both the base table's
 * descriptor and the view table's carry it, so a write to the base finds the views to maintain
 * and a write to the view table can be refused, without a second catalog lookup.
 *
 * @param view the view's name, which is also the name of the table holding its rows
 * @param base the table it aggregates
 * @param groupBy the base attributes grouped by, in the order written (at least one)
 * @param aggregates the aggregates kept per group, in the order written
 */
public record RollupInfo(String view, String base, List<String> groupBy, List<RollupAggregate> aggregates) {
  public RollupInfo {
    groupBy = List.copyOf(groupBy);
    aggregates = List.copyOf(aggregates);
  }
}
