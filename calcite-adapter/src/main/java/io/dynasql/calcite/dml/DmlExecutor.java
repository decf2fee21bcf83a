package io.dynasql.calcite.dml;

import io.dynasql.engine.Database;
import io.dynasql.engine.api.AtomicWriteRequest;
import io.dynasql.engine.api.AtomicWriteResponse;
import io.dynasql.engine.api.ReadSet;
import io.dynasql.engine.api.TransactWriteItem;
import io.dynasql.engine.error.TransactionCanceledException;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.pushdown.AccessReport;
import io.dynasql.calcite.exec.SqlSession;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * Runs DML: computes the rows with SQL on the Calcite connection (so reads are planned, pushed
 * down and reported like any SELECT; plain VALUES rows need no query), then writes them in one
 * atomic write: every statement is all or nothing. A one-row write is priced like PutItem /
 * UpdateItem / DeleteItem, one of 2 to 100 rows like TransactWriteItems (twice), since that is what
 * atomicity costs on DynamoDB; over 100 rows DynamoDB has no atomic write, so it is priced as the
 * BatchWriteItem calls it would take (plain units) and flagged not atomic on DynamoDB. The write
 * is added to the current {@link AccessReport} as WRITE lines, per table and index ({@link WriteLabels}).
 *
 * <p>Errors: {@link DmlException} and {@link DuplicateKeyException} for what the statement asks
 * wrongly, the engine's exceptions unchanged, and SQLExceptions from the reading query.
 */
public final class DmlExecutor {
  private DmlExecutor() {}

  /**
   * Runs {@code dml} and returns the number of rows inserted, updated or deleted. A key-targeted
   * UPDATE or DELETE that DynamoDB can express is one UpdateItem / DeleteItem ({@link DirectWrites});
   * any other statement reads its rows through SQL and writes on condition that every item it read
   * is unchanged, reading again when one changed ({@link OptimisticRetry}): no write in between is
   * ever lost.
   *
   * @param context the SQL session (its default schema a dynasql schema over {@code db}) and the statement's report
   * @param params the values bound to the statement's {@code ?}, in textual order
   */
  public static long execute(DmlContext context, Database db, DmlStatement dml, List<Object> params) throws SQLException {
    checkParameters(dml, params);
    TargetTable t = TargetTable.resolve(context, dml);
    List<Object> bound = BoundParameters.of(t, dml, params);
    if (t.source() != null) return SourceWrites.execute(context, t, dml, bound);
    java.util.OptionalLong direct = DirectWrites.run(t, db, dml, bound, context.report());
    if (direct.isPresent()) return direct.getAsLong();
    return OptimisticRetry.run(dml.table(), () -> {
      ReadSet reads = new ReadSet();
      return commit(db, List.of(plan(context, t, dml, bound, reads)), reads, context.report());
    });
  }

  /**
   * A statement's writes, computed from the rows it reads now but not yet applied: what a
   * transaction (autoCommit off) buffers until commit.
   *
   * @param table the table written
   * @param actions the item writes, each conditioned (insert: key absent; update/delete: key present)
   * @param insert whether a failed condition means a duplicate key
   */
  public record PendingWrite(TargetTable table, List<TransactWriteItem> actions, boolean insert) {
    /** Rows the statement matched. */
    public int rows() {
      return actions.size();
    }
  }

  /**
   * Computes {@code dml}'s writes without applying them, recording the version of every item its
   * reads return in {@code reads}, which the write must then find unchanged.
   */
  public static PendingWrite plan(DmlContext context, DmlStatement dml, List<Object> params, ReadSet reads)
      throws SQLException {
    checkParameters(dml, params);
    TargetTable t = TargetTable.resolve(context, dml);
    if (t.source() != null) {
      // A source's calls cannot be held until dynasql's commit, nor undone by its rollback.
      throw new DmlException(DmlException.IN_TRANSACTION, "Cannot write to " + t.source().sourceName() + "." + t.name()
          + " with autoCommit off: a DynamoDB source's writes run when the statement runs and cannot join the transaction;"
          + " write to it with autoCommit on");
    }
    return plan(context, t, dml, BoundParameters.of(t, dml, params), reads);
  }

  /** {@link #plan(DmlContext, DmlStatement, List, ReadSet)} with parameters already converted ({@link BoundParameters}). */
  static PendingWrite plan(DmlContext context, TargetTable t, DmlStatement dml, List<Object> bound, ReadSet reads)
      throws SQLException {
    // The reads record item versions through the report; without a statement's, one of its own.
    AccessReport report = context.report() != null ? context.report() : new AccessReport();
    DmlContext reporting = context.reportingTo(report);
    ReadSet priorReads = report.readSet(reads);
    try {
      List<TransactWriteItem> actions;
      if (dml instanceof DmlStatement.Insert ins) actions = Inserts.actions(reporting, t, ins, bound);
      else if (dml instanceof DmlStatement.Update u) actions = Updates.actions(reporting, t, u, bound);
      else actions = Deletes.actions(reporting, t, (DmlStatement.Delete) dml, bound);
      return new PendingWrite(t, actions, dml instanceof DmlStatement.Insert);
    } finally {
      report.readSet(priorReads);
    }
  }

  static void checkParameters(DmlStatement dml, List<Object> params) {
    if (params.size() != dml.parameterCount()) {
      throw new DmlException(DmlException.PARAMETERS, "The statement has " + dml.parameterCount()
          + " parameters but " + params.size() + " values were bound");
    }
  }

  /**
   * Applies writes atomically and returns the rows written, provided every item in {@code reads}
   * still has the version it was read at (else {@link io.dynasql.engine.error.TransactionConflictException}
   * and nothing is written). One statement: an INSERT fails on any existing key. Several
   * statements (a transaction's commit): every condition must hold, else nothing is written.
   */
  public static long commit(Database db, List<PendingWrite> writes, ReadSet reads, AccessReport report) {
    List<TransactWriteItem> actions = new java.util.ArrayList<>();
    for (PendingWrite w : writes) actions.addAll(w.actions());
    if (actions.isEmpty()) return 0; // nothing written, so nothing a change in between could have lost
    boolean priceAsTransaction = WriteLabels.pricedAsTransaction(actions.size());
    boolean single = writes.size() == 1;
    PendingWrite first = writes.get(0);
    AtomicWriteResponse done;
    try {
      done = db.statementWrites().writeAtomically((!single || first.insert()
          ? AtomicWriteRequest.allOrNothing(actions, priceAsTransaction)
          : AtomicWriteRequest.skippingFailedConditions(actions, priceAsTransaction)).expecting(reads));
    } catch (TransactionCanceledException e) {
      if (single && first.insert()) throw DuplicateKeys.of(e, first.table(), actions);
      throw DuplicateKeys.ofCommit(e, writes);
    }
    WriteLabels.record(report, actions, done, WriteLabels.atomicOnDynamo(actions.size()));
    ViewWrites.record(report, writes, done);
    return done.applied();
  }

  /** One row of a batch: how many items it wrote, or why it failed (nothing of it written). */
  public sealed interface BatchRow {
    /** The row ran: {@code rows} items inserted or deleted (a DELETE of a missing key: 0). */
    record Written(long rows) implements BatchRow {}

    /** The row failed: a duplicate key, a refused value, ...; the batch's other rows are unaffected. */
    record Failed(Exception error) implements BatchRow {}
  }

  /**
   * Whether {@link #executeBatch} can run {@code dml}'s rows: INSERT / UPSERT of one VALUES row
   * (one item per row, so a failed row is exactly one skipped action) and DELETE. UPDATE stays a
   * statement per row: when its direct UpdateItem's condition fails, {@link DirectWrites} hands the
   * row back to SQL to judge why (missing item, or a SQL rule the condition guards), a decision
   * that needs that write's answer before anything else runs, so it cannot be one action among many.
   */
  public static boolean batchable(DmlStatement dml) {
    if (dml instanceof DmlStatement.Delete) return true;
    return dml instanceof DmlStatement.Insert ins && ins.source().getKind() == org.apache.calcite.sql.SqlKind.VALUES
        && ((org.apache.calcite.sql.SqlCall) ins.source()).operandCount() == 1;
  }

  /**
   * Runs a {@linkplain #batchable batchable} statement once per row of {@code rows} with
   * BatchWriteItem's semantics: every row independent, as if run in order, all written when this
   * returns, in as few atomic writes as the rows' keys allow ({@link BatchWrites}), priced at
   * plain (1x) write units. A row that fails (a duplicate key, a parameter not bound, a refused
   * value) does not stop the others; a missing table fails the whole batch before anything runs.
   */
  public static List<BatchRow> executeBatch(DmlContext context, Database db, DmlStatement dml, List<List<Object>> rows)
      throws SQLException {
    TargetTable t = TargetTable.resolve(context, dml);
    if (t.source() != null) return sourceBatch(context, db, dml, rows);
    return new BatchWrites(context, db, t, dml).run(rows);
  }

  /** A source's batch: each row its own statement, a failed row leaving the others written (as BatchWriteItem's rows). */
  private static List<BatchRow> sourceBatch(DmlContext context, Database db, DmlStatement dml, List<List<Object>> rows)
      throws SQLException {
    List<BatchRow> out = new java.util.ArrayList<>();
    for (List<Object> row : rows) {
      try {
        out.add(new BatchRow.Written(execute(context, db, dml, row)));
      } catch (RuntimeException e) { // a refused value, a duplicate key, the service's refusal of this row's item
        out.add(new BatchRow.Failed(e));
      }
    }
    return out;
  }
}
