package io.dynasql.calcite.dml;

import io.dynasql.calcite.dml.DmlExecutor.BatchRow;
import io.dynasql.calcite.dml.DmlExecutor.PendingWrite;
import io.dynasql.engine.Database;
import io.dynasql.engine.api.AtomicWriteRequest;
import io.dynasql.engine.api.AtomicWriteResponse;
import io.dynasql.engine.api.ConsumedCapacity;
import io.dynasql.engine.api.ReadSet;
import io.dynasql.engine.api.SubmittedWrite;
import io.dynasql.engine.api.TransactWriteItem;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.pushdown.AccessReport;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The writes of several independent batch rows as atomic writes of the engine: each action skipped
 * alone when its condition fails, priced as BatchWriteItem (plain units, not a transaction's
 * double), each row's outcome read back from the response (an INSERT row whose put was skipped met
 * an existing key). A chunk of rows may be written as one write or as several pieces submitted in
 * turn ({@link PipelinedChunk}); its WRITE lines are recorded once, from the pieces' sum.
 */
final class BatchCommit {
  private BatchCommit() {}

  /**
   * Writes {@code rows} (distinct items) in one atomic write and waits for it; throws
   * {@link io.dynasql.engine.error.TransactionConflictException} when an item in {@code reads}
   * changed (nothing written).
   */
  static List<BatchRow> commit(Database db, List<PendingWrite> rows, ReadSet reads, AccessReport report) {
    List<TransactWriteItem> actions = actions(rows);
    if (actions.isEmpty()) return outcomes(rows, actions, new AtomicWriteResponse(0, 0, 0, List.of()), report);
    return outcomes(rows, actions, submit(db, actions, reads, false).await(), report);
  }

  /** Queues the write of {@code actions} without waiting; {@code moreFollows}: another piece will share the commit. */
  static SubmittedWrite submit(Database db, List<TransactWriteItem> actions, ReadSet reads, boolean moreFollows) {
    return db.statementWrites().submitAtomically(AtomicWriteRequest.skippingFailedConditions(actions, false).expecting(reads), moreFollows);
  }

  /** The actions of {@code rows}, in order. */
  static List<TransactWriteItem> actions(List<PendingWrite> rows) {
    List<TransactWriteItem> actions = new ArrayList<>(rows.size());
    for (PendingWrite w : rows) {
      if (w.actions().size() == 1) actions.add(w.actions().get(0)); // a batch's usual row, without addAll's copy
      else actions.addAll(w.actions());
    }
    return actions;
  }

  /** What {@code next}, the write of the actions after the first {@code before}, adds to {@code done}. */
  static AtomicWriteResponse plus(AtomicWriteResponse done, AtomicWriteResponse next, int before) {
    Map<String, ConsumedCapacity> units = new LinkedHashMap<>();
    for (ConsumedCapacity c : done.consumedCapacity()) units.merge(c.tableName(), c, ConsumedCapacity::plus);
    for (ConsumedCapacity c : next.consumedCapacity()) units.merge(c.tableName(), c, ConsumedCapacity::plus);
    List<Integer> skipped = new ArrayList<>(done.skippedActions());
    for (int i : next.skippedActions()) skipped.add(before + i);
    return new AtomicWriteResponse(done.applied() + next.applied(), done.skipped() + next.skipped(),
        done.bytesWritten() + next.bytesWritten(), new ArrayList<>(units.values()), skipped);
  }

  /** Records the WRITE lines of {@code done}, the write of {@code rows} ({@link #actions} of them), and returns each row's outcome. */
  static List<BatchRow> outcomes(List<PendingWrite> rows, List<TransactWriteItem> actions, AtomicWriteResponse done,
      AccessReport report) {
    if (!actions.isEmpty()) { // nothing written: no line
      WriteLabels.record(report, actions, done, true); // BatchWriteItem's rows are independent there too
      ViewWrites.record(report, rows, done);
    }
    Set<Integer> skipped = done.skippedActions().isEmpty() ? Set.of() : new HashSet<>(done.skippedActions());
    List<BatchRow> out = new ArrayList<>(rows.size());
    int at = 0;
    for (PendingWrite w : rows) {
      BatchRow row = null;
      long written = 0;
      for (TransactWriteItem a : w.actions()) {
        boolean wasSkipped = !skipped.isEmpty() && skipped.contains(at); // no boxing when none was skipped
        at++;
        if (!wasSkipped) written++;
        else if (w.insert()) row = new BatchRow.Failed(duplicate(w.table(), (TransactWriteItem.Put) a));
      }
      out.add(row != null ? row : new BatchRow.Written(written));
    }
    return out;
  }

  private static DuplicateKeyException duplicate(TargetTable t, TransactWriteItem.Put put) {
    Map<String, AttributeValue> key = t.descriptor().keySchema().keyOf(put.request().item());
    return new DuplicateKeyException(t.name(), new Attributes(t).describe(key), false, null);
  }
}
