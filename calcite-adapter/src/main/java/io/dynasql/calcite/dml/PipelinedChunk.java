package io.dynasql.calcite.dml;

import io.dynasql.calcite.dml.DmlExecutor.BatchRow;
import io.dynasql.calcite.dml.DmlExecutor.PendingWrite;
import io.dynasql.engine.Database;
import io.dynasql.engine.api.AtomicWriteResponse;
import io.dynasql.engine.api.ReadSet;
import io.dynasql.engine.api.SubmittedWrite;
import io.dynasql.engine.api.TransactWriteItem;
import io.dynasql.engine.error.TransactionCanceledException;
import io.dynasql.engine.error.ValidationException;
import io.dynasql.engine.model.AttributeValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDynamicParam;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;

/**
 * A chunk of a batch whose rows cannot read the store (an INSERT or UPSERT of parameters and
 * literals), written in pieces of {@value #PIECE} rows while the next piece is planned: the store's
 * writer applies a piece as soon as it arrives and keeps the commit open for the next, so the
 * planning overlaps the puts and the chunk still costs one durable commit. The writer applies the
 * pieces in the order sent, each an atomic write of distinct items, so the chunk behaves as if its
 * rows ran in order: a row naming an item its piece already writes simply starts the next piece.
 * Rows of a piece the engine refuses as a whole are written one by one, as {@link BatchWrites} does:
 * at once when it is refused on sending (an item over 400 KB), after the chunk's other pieces when the
 * writer refuses it (the table changed under the batch).
 */
final class PipelinedChunk {
  /** Rows per piece: small enough that the writer starts early, large enough that a piece's overhead is noise. */
  static final int PIECE = 128;

  /** A piece sent to the writer: its rows' positions, writes and their actions, and the write to wait for. */
  private record Piece(List<Integer> at, List<PendingWrite> writes, List<TransactWriteItem> actions, SubmittedWrite done) {}

  private final Database db;
  private final DmlContext context;
  private final RowPlans plans;
  private final List<Piece> sent = new ArrayList<>();
  private List<Integer> at = new ArrayList<>();
  private List<PendingWrite> writes = new ArrayList<>();
  private final Set<Map<String, AttributeValue>> keys = new HashSet<>();

  PipelinedChunk(Database db, DmlContext context, RowPlans plans) {
    this.db = db;
    this.context = context;
    this.plans = plans;
  }

  /** Whether no row of {@code dml} can read the store: an INSERT / UPSERT whose VALUES row holds only {@code ?} and literals. */
  static boolean applies(DmlStatement dml) {
    if (!(dml instanceof DmlStatement.Insert ins) || ins.source().getKind() != SqlKind.VALUES) return false;
    for (SqlNode row : ((SqlCall) ins.source()).getOperandList()) {
      for (SqlNode value : ((SqlCall) row).getOperandList()) {
        if (!(value instanceof SqlDynamicParam || value instanceof SqlLiteral)) return false;
      }
    }
    return true;
  }

  /**
   * Plans and sends rows from {@code start} until {@code maxActions} actions or a row that read the
   * store (which must see the chunk's writes, so it starts the next chunk), waits for every piece,
   * fills {@code out} (a refused piece's rows through {@code alone}) and returns the first row left:
   * {@code start} itself when that row read the store, for the caller to run it the general way.
   */
  int run(List<List<Object>> rows, int start, int maxActions, BatchRow[] out, IntFunction<BatchRow> alone) {
    int r = start;
    try {
      for (int actions = 0; r < rows.size() && actions < maxActions; r++) {
        RowPlans.Result p = plans.plan(rows.get(r), new ReadSet());
        if (p.read()) break; // not expected of this shape; such a row must see the chunk's writes, so it starts the next
        if (p.error() != null) {
          out[r] = new BatchRow.Failed(p.error());
          continue;
        }
        add(r, p.write(), out, alone);
        actions += p.write().actions().size();
      }
      send(false, out, alone);
    } catch (RuntimeException e) { // a cancel, the table dropped: what was sent is written, and reported
      try {
        collect(out, null);
      } catch (RuntimeException also) {
        e.addSuppressed(also);
      }
      throw e;
    }
    collect(out, alone);
    return r;
  }

  /** Adds row {@code r}'s write to the piece, first sending the piece when full or when it writes one of the row's items. */
  private void add(int r, PendingWrite write, BatchRow[] out, IntFunction<BatchRow> alone) {
    List<Map<String, AttributeValue>> written = new ArrayList<>(write.actions().size());
    boolean repeats = false;
    for (var a : write.actions()) {
      Map<String, AttributeValue> k = plans.key(a);
      repeats |= keys.contains(k);
      written.add(k);
    }
    if (repeats || writes.size() >= PIECE) send(true, out, alone);
    keys.addAll(written);
    writes.add(write);
    at.add(r);
  }

  /** Sends the piece gathered so far; a piece the engine refuses before queueing it is written row by row now, in its turn. */
  private void send(boolean moreFollows, BatchRow[] out, IntFunction<BatchRow> alone) {
    if (!writes.isEmpty()) {
      try {
        List<TransactWriteItem> actions = BatchCommit.actions(writes);
        sent.add(new Piece(at, writes, actions, BatchCommit.submit(db, actions, null, moreFollows)));
      } catch (ValidationException e) { // an item over 400 KB, ...: only the bad row may fail
        for (int row : at) out[row] = alone.apply(row);
      }
    }
    at = new ArrayList<>();
    writes = new ArrayList<>();
    keys.clear();
  }

  /**
   * Waits for every piece sent and records the chunk's WRITE lines once, from the pieces' sum; the
   * rows of a piece the writer refused go through {@code alone} (null: they are left failed).
   */
  private void collect(BatchRow[] out, IntFunction<BatchRow> alone) {
    List<PendingWrite> done = new ArrayList<>();
    List<TransactWriteItem> actions = new ArrayList<>();
    List<Integer> rows = new ArrayList<>();
    AtomicWriteResponse sum = new AtomicWriteResponse(0, 0, 0, List.of());
    List<Piece> refused = new ArrayList<>();
    for (Piece piece : sent) {
      try {
        AtomicWriteResponse r = piece.done().await();
        sum = BatchCommit.plus(sum, r, actions.size());
        actions.addAll(piece.actions());
        done.addAll(piece.writes());
        rows.addAll(piece.at());
      } catch (ValidationException | TransactionCanceledException e) {
        refused.add(piece); // the writer refused it as a whole: nothing of it written
      }
    }
    sent.clear();
    List<BatchRow> outcomes = BatchCommit.outcomes(done, actions, sum, context.report());
    for (int i = 0; i < rows.size(); i++) out[rows.get(i)] = outcomes.get(i);
    if (alone != null) for (Piece piece : refused) for (int row : piece.at()) out[row] = alone.apply(row);
  }
}
