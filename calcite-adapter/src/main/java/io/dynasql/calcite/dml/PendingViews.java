package io.dynasql.calcite.dml;

import io.dynasql.engine.Database;
import io.dynasql.engine.api.GetItemRequest;
import io.dynasql.engine.catalog.RollupInfo;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.rollup.PendingGroups;
import java.util.Collection;
import java.util.Map;

/**
 * A transaction's own writes as seen through a materialized view: when {@code table} is a view of
 * a table the transaction wrote, its pending group items (the view is maintained only at commit,
 * so without this a rollup answered from the view inside the transaction would miss them).
 */
final class PendingViews {
  private PendingViews() {}

  static Map<Map<String, AttributeValue>, Map<String, AttributeValue>> of(String table,
      Collection<? extends Map<Map<String, AttributeValue>, ?>> pendingTables) {
    for (Map<Map<String, AttributeValue>, ?> keys : pendingTables) {
      if (keys.isEmpty()) continue;
      TargetTable base = PendingItems.tableOf(keys);
      for (RollupInfo view : base.descriptor().maintainedViews()) {
        if (!view.view().equals(table)) continue;
        Database db = base.database();
        return PendingGroups.of(view, PendingItems.changes(keys), key -> db.getItem(GetItemRequest.of(table, key)).item());
      }
    }
    return Map.of();
  }
}
