package io.dynasql.calcite.dml;

import io.dynasql.engine.catalog.RollupInfo;
import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.api.TransactWriteItem;
import io.dynasql.pushdown.AccessKind;
import io.dynasql.pushdown.AccessRecord;
import io.dynasql.pushdown.AccessReport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The other side of a materialized view's price: a WRITE line per view of each written table,
 * with the write units keeping the view costs. On DynamoDB the view is an aggregate table updated
 * per change (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Streams.Lambda.html):
 * one UpdateItem of the group's item, under 1 KB, so one write unit per view per item written
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/provisioned-capacity-mode.html).
 * An UPDATE that sets a grouping column may move the item to another group, touching two group
 * items: it is priced two units (a put that replaces an item with another group's is not told
 * apart, so there the line is a floor).
 */
final class ViewWrites {
  private ViewWrites() {}

  /** Lines for {@code writes}, leaving out the actions at {@code skipped} positions (failed conditions). */
  static void record(AccessReport report, List<DmlExecutor.PendingWrite> writes, Set<Integer> skipped) {
    if (report == null) return;
    Map<String, Long> items = new LinkedHashMap<>();
    int at = 0;
    for (DmlExecutor.PendingWrite w : writes) {
      for (TransactWriteItem a : w.actions()) {
        if (skipped.contains(at++) || a instanceof TransactWriteItem.Check) continue;
        for (RollupInfo v : w.table().descriptor().maintainedViews()) items.merge(v.view(), units(a, v), Long::sum);
      }
    }
    items.forEach((view, n) -> line(report, view, n));
  }

  /** Lines for {@code action} on {@code table}, applied ({@code applied} 1) or not (0). */
  static void record(AccessReport report, TableDescriptor table, TransactWriteItem action, long applied) {
    if (report == null || applied == 0) return;
    for (RollupInfo v : table.maintainedViews()) line(report, v.view(), units(action, v));
  }

  /** Group items {@code a} may write in view {@code v}: two for an update setting a grouping column. */
  private static long units(TransactWriteItem a, RollupInfo v) {
    if (!(a instanceof TransactWriteItem.Update u)) return 1;
    Map<String, String> names = u.request().expr().names();
    for (String g : v.groupBy()) {
      if ((names != null && names.containsValue(g)) || u.request().updateExpression().contains(g)) return 2;
    }
    return 1;
  }

  private static void line(AccessReport report, String view, long units) {
    report.put(report.open(), new AccessRecord(AccessKind.WRITE, view, null, 0, units, 0, 0, units));
  }
}
