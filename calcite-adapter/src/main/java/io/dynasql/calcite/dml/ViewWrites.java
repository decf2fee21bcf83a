package io.dynasql.calcite.dml;

import io.dynasql.engine.api.AtomicWriteResponse;
import io.dynasql.engine.api.ConsumedCapacity;
import io.dynasql.engine.catalog.RollupInfo;
import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.pushdown.AccessKind;
import io.dynasql.pushdown.AccessRecord;
import io.dynasql.pushdown.AccessReport;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The other side of a materialized view's price: a WRITE line per view of each written table,
 * with the write units keeping the view cost. On DynamoDB the view is an aggregate table updated
 * per change (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Streams.Lambda.html),
 * each group item written one write of its size
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/provisioned-capacity-mode.html):
 * an insert or delete touches one group item, an update within a group one, a write that moves an
 * item to another group two (the old group's and the new one's), a write that changes nothing
 * none. The engine counts the group items it actually wrote and reports their units per view
 * table in the atomic write's consumed capacity; the lines are those figures.
 */
final class ViewWrites {
  private ViewWrites() {}

  /** Lines for the views of the tables {@code writes} wrote, with the units {@code done} reports for them. */
  static void record(AccessReport report, List<DmlExecutor.PendingWrite> writes, AtomicWriteResponse done) {
    if (report == null) return;
    Set<String> views = new LinkedHashSet<>();
    for (DmlExecutor.PendingWrite w : writes) {
      for (RollupInfo v : w.table().descriptor().maintainedViews()) views.add(v.view());
    }
    lines(report, views, done);
  }

  /** Lines for the views of {@code table}, with the units {@code done} reports for them. */
  static void record(AccessReport report, TableDescriptor table, AtomicWriteResponse done) {
    if (report == null) return;
    Set<String> views = new LinkedHashSet<>();
    for (RollupInfo v : table.maintainedViews()) views.add(v.view());
    lines(report, views, done);
  }

  /** One line per view; its items are its units rounded up (a group item under 1 KB, as most are, is one). */
  private static void lines(AccessReport report, Set<String> views, AtomicWriteResponse done) {
    if (views.isEmpty()) return;
    Map<String, Double> units = new HashMap<>();
    for (ConsumedCapacity c : done.consumedCapacity()) {
      if (views.contains(c.tableName())) units.merge(c.tableName(), c.writeCapacityUnits(), Double::sum);
    }
    for (String view : views) {
      double u = units.getOrDefault(view, 0.0);
      report.put(report.open(), new AccessRecord(AccessKind.WRITE, view, null, 0, (long) Math.ceil(u), 0, 0, u));
    }
  }
}
