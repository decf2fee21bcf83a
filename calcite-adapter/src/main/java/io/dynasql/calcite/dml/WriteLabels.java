package io.dynasql.calcite.dml;

import io.dynasql.engine.api.AtomicWriteResponse;
import io.dynasql.engine.api.Capacity;
import io.dynasql.engine.api.ConsumedCapacity;
import io.dynasql.engine.api.TransactWriteItem;
import io.dynasql.pushdown.AccessKind;
import io.dynasql.pushdown.AccessRecord;
import io.dynasql.pushdown.AccessReport;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The WRITE lines of one atomic write, as DynamoDB's ReturnConsumedCapacity INDEXES reports a
 * write's units (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ConsumedCapacity.html):
 * one line per table written, with the items written there and the table's own write units, then
 * one line per secondary index the write changed, with that index's units (its items are not
 * counted: an index line says what keeping the index costs). The bytes written are on the table's
 * line when the write touched one table; the engine totals them over all tables otherwise.
 */
final class WriteLabels {
  /**
   * TransactWriteItems takes at most 100 actions
   * (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TransactWriteItems.html):
   * an all-or-nothing write of more is not one DynamoDB could make atomic.
   */
  static final int MAX_TRANSACTION_ACTIONS = 100;

  private WriteLabels() {}

  /**
   * Whether an all-or-nothing write of {@code actions} items is priced as TransactWriteItems
   * (twice the plain units): two to 100 items. One item is a plain PutItem / UpdateItem /
   * DeleteItem; over 100, DynamoDB would need BatchWriteItem calls, which cost plain units.
   */
  static boolean pricedAsTransaction(int actions) {
    return actions > 1 && actions <= MAX_TRANSACTION_ACTIONS;
  }

  /** Whether DynamoDB could write {@code actions} items as one atomic call. */
  static boolean atomicOnDynamo(int actions) {
    return actions <= MAX_TRANSACTION_ACTIONS;
  }

  /** Adds the lines of {@code done}, the write of {@code actions}, to {@code report} (null: nobody keeps one). */
  static void record(AccessReport report, List<TransactWriteItem> actions, AtomicWriteResponse done, boolean atomicOnDynamo) {
    if (report == null) return;
    Set<Integer> skipped = done.skippedActions().isEmpty() ? Set.of() : new HashSet<>(done.skippedActions());
    Map<String, Long> written = new LinkedHashMap<>();
    // counted in runs of one table (a batch's actions are usually all one table's), merged per run
    String table = null;
    long run = 0;
    for (int i = 0; i < actions.size(); i++) {
      String name = actions.get(i).tableName();
      if (!name.equals(table)) {
        if (table != null) written.merge(table, run, Long::sum);
        table = name;
        run = 0;
      }
      if (skipped.isEmpty() || !skipped.contains(i)) run++;
    }
    if (table != null) written.merge(table, run, Long::sum);
    Map<String, ConsumedCapacity> units = new LinkedHashMap<>();
    for (ConsumedCapacity c : done.consumedCapacity()) units.merge(c.tableName(), c, ConsumedCapacity::plus);
    long bytes = written.size() == 1 ? done.bytesWritten() : 0;
    for (Map.Entry<String, Long> t : written.entrySet()) {
      ConsumedCapacity c = units.get(t.getKey());
      double tableUnits = c == null ? 0 : c.table().writeCapacityUnits();
      report.put(report.open(), new AccessRecord(AccessKind.WRITE, t.getKey(), null, 0, t.getValue(), bytes, 0,
          tableUnits, atomicOnDynamo));
      if (c == null) continue;
      Map<String, Capacity> indexes = new TreeMap<>(c.globalSecondaryIndexes());
      indexes.putAll(c.localSecondaryIndexes());
      for (Map.Entry<String, Capacity> i : indexes.entrySet()) {
        report.put(report.open(), new AccessRecord(AccessKind.WRITE, t.getKey(), i.getKey(), 0, 0, 0, 0,
            i.getValue().writeCapacityUnits(), atomicOnDynamo));
      }
    }
  }
}
