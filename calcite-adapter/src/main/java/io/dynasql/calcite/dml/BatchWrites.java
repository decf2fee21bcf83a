package io.dynasql.calcite.dml;

import io.dynasql.calcite.dml.DmlExecutor.BatchRow;
import io.dynasql.calcite.dml.DmlExecutor.PendingWrite;
import io.dynasql.calcite.exec.SqlSession;
import io.dynasql.engine.Database;
import io.dynasql.engine.api.ReadSet;
import io.dynasql.engine.api.TransactWriteItem;
import io.dynasql.engine.error.TransactionCanceledException;
import io.dynasql.engine.error.ValidationException;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.pushdown.StatementCanceledException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A JDBC batch of one INSERT / UPSERT / DELETE in autocommit mode, run as BatchWriteItem runs:
 * the rows are planned in order and gathered into chunks, each written by one atomic write (one
 * durable commit). The engine checks every action of a write against the state before it, so a
 * chunk ends before a row that would have seen the chunk's writes had the rows run one by one: a
 * row writing or reading an item the chunk writes, or an INSERT whose values come from a query.
 * The batch thus behaves as if its rows ran in order. A chunk whose reads changed underneath is
 * planned again ({@link OptimisticRetry}); one the engine refuses as a whole (an item over 400 KB)
 * is written row by row, so that only the bad row fails. Rows that cannot read the store (an INSERT
 * of parameters) go through {@link PipelinedChunk}, which overlaps their planning with their writing.
 */
final class BatchWrites {
  /** Actions per chunk: bounds how long one batch holds the store's single writer. */
  static final int MAX_ACTIONS = 4_096;

  private final Database db;
  private final TargetTable t;
  private final DmlStatement dml;
  private final RowPlans plans;
  /** How rows that cannot read are written, piece by piece while the next is planned; null for other statements. */
  private final PipelinedChunk pipelined;

  private final DmlContext context;

  BatchWrites(DmlContext context, Database db, TargetTable t, DmlStatement dml) {
    this.context = context;
    this.db = db;
    this.t = t;
    this.dml = dml;
    this.plans = new RowPlans(context, t, dml);
    this.pipelined = PipelinedChunk.applies(dml) ? new PipelinedChunk(db, context, plans) : null;
  }

  List<BatchRow> run(List<List<Object>> rows) throws SQLException {
    BatchRow[] out = new BatchRow[rows.size()];
    int next = 0;
    while (next < rows.size()) {
      int start = next;
      if (pipelined != null) {
        next = pipelined.run(rows, start, MAX_ACTIONS, out, row -> alone(rows.get(row)));
        if (next > start) continue;
      }
      try {
        next = (int) OptimisticRetry.run(t.name(), () -> chunk(rows, start, out));
      } catch (DmlException e) { // 40001: the first row's reads kept changing; it fails, the others go on
        if (!DmlException.SERIALIZATION.equals(e.sqlState())) throw e;
        out[start] = new BatchRow.Failed(e);
        next = start + 1;
      }
    }
    return Arrays.asList(out);
  }

  /** Plans rows from {@code start}, writes the chunk they make, returns the first row left for the next chunk. */
  private long chunk(List<List<Object>> rows, int start, BatchRow[] out) throws SQLException {
    ReadSet reads = new ReadSet();
    Set<Map<String, AttributeValue>> keys = new HashSet<>();
    List<PendingWrite> writes = new ArrayList<>();
    List<Integer> at = new ArrayList<>();
    int actions = 0;
    int r = start;
    for (; r < rows.size() && actions < MAX_ACTIONS; r++) {
      ReadSet own = new ReadSet();
      RowPlans.Result p = plans.plan(rows.get(r), own);
      List<Map<String, AttributeValue>> written = keysOf(p.write()); // once: asked twice below
      boolean sees = !writes.isEmpty() && (p.read() && dml instanceof DmlStatement.Insert || touches(written, own, keys));
      if (sees) break; // this row must see the chunk's writes: it starts the next chunk
      if (p.error() != null) {
        out[r] = new BatchRow.Failed(p.error());
        continue;
      }
      keys.addAll(written);
      reads.addAll(own);
      writes.add(p.write());
      at.add(r);
      actions += p.write().actions().size();
    }
    if (writes.isEmpty()) return r;
    try {
      List<BatchRow> done = BatchCommit.commit(db, writes, reads, context.report());
      for (int i = 0; i < at.size(); i++) out[at.get(i)] = done.get(i);
    } catch (ValidationException | TransactionCanceledException e) {
      for (int row : at) out[row] = alone(rows.get(row));
    }
    return r;
  }

  /** The keys of the items {@code w} writes (none when null). */
  private List<Map<String, AttributeValue>> keysOf(PendingWrite w) {
    if (w == null) return List.of();
    List<Map<String, AttributeValue>> out = new ArrayList<>(w.actions().size());
    for (TransactWriteItem a : w.actions()) out.add(plans.key(a));
    return out;
  }

  /** Whether a row writing {@code written}, or reading {@code read}, touches an item of {@code keys}. */
  private boolean touches(List<Map<String, AttributeValue>> written, ReadSet read, Set<Map<String, AttributeValue>> keys) {
    for (Map<String, AttributeValue> k : written) if (keys.contains(k)) return true;
    for (ReadSet.Entry e : read.entries()) if (e.table().equals(t.name()) && keys.contains(e.key())) return true;
    return false;
  }

  /** One row written by itself, as its own statement would be (but still skipping a failed condition). */
  private BatchRow alone(List<Object> params) {
    BatchRow[] result = new BatchRow[1];
    try {
      OptimisticRetry.run(t.name(), () -> {
        ReadSet own = new ReadSet();
        RowPlans.Result p = plans.plan(params, own);
        result[0] = p.error() != null ? new BatchRow.Failed(p.error())
            : BatchCommit.commit(db, List.of(p.write()), own, context.report()).get(0);
        return 0;
      });
      return result[0];
    } catch (StatementCanceledException e) {
      throw e;
    } catch (SQLException | RuntimeException e) {
      return new BatchRow.Failed(e);
    }
  }
}
