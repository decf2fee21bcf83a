package io.dynasql.calcite.dml;

import io.dynasql.engine.api.TransactWriteItem;
import io.dynasql.engine.model.ItemSizes;
import io.dynasql.pushdown.AccessKind;
import io.dynasql.pushdown.AccessRecord;
import io.dynasql.pushdown.AccessReport;
import io.dynasql.pushdown.RemoteCall;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The labels of a write to a source's table, shaped as a dynasql table's WRITE lines ({@link
 * WriteLabels}) with the source's half: the operation sent, the calls and their time. The units
 * are the ones the service reported (ReturnConsumedCapacity INDEXES): one line for the table,
 * one per index it reported. A write DynamoDB did not apply atomically (BatchWriteItem calls, or
 * one call per row) is flagged {@code atomic_on_dynamodb=false}.
 */
final class SourceLabels {
  private SourceLabels() {}

  static void write(AccessReport report, TargetTable t, SourceWrite w, SourceWriteResult r) {
    if (report == null) return;
    boolean atomic = w instanceof SourceWrite.Transaction || w.actions().size() == 1;
    RemoteCall call = new RemoteCall(t.source().sourceName(), w.operation(), r.calls(), r.millis());
    long bytes = 0;
    List<TransactWriteItem> actions = w.actions();
    boolean canceled = w instanceof SourceWrite.Transaction && !r.failed().isEmpty();
    for (int i = 0; i < actions.size(); i++) {
      if (canceled || r.failed().contains(i)) continue;
      if (actions.get(i) instanceof TransactWriteItem.Put p) bytes += ItemSizes.of(p.request().item());
    }
    report.put(report.open(), new AccessRecord(AccessKind.WRITE, t.name(), null, 0, r.applied(w), bytes, 0, r.tableUnits(),
        atomic, call));
    for (Map.Entry<String, Double> i : new TreeMap<>(r.indexUnits()).entrySet()) {
      report.put(report.open(), new AccessRecord(AccessKind.WRITE, t.name(), i.getKey(), 0, 0, 0, 0, i.getValue(), atomic, call));
    }
  }

  /** The BatchGetItem calls that checked an INSERT's keys absent. */
  static void keyCheck(AccessReport report, TargetTable t, int keys, SourceKeyCheck check) {
    if (report == null) return;
    report.put(report.open(), new AccessRecord(AccessKind.BATCH_GET, t.name(), null, keys, check.existing().size(), 0,
        check.readUnits(), 0, new RemoteCall(t.source().sourceName(), "BatchGetItem", check.calls(), check.millis())));
  }
}
