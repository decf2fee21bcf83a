package io.dynasql.calcite.dml;

import io.dynasql.engine.Database;
import io.dynasql.engine.api.AtomicWriteRequest;
import io.dynasql.engine.api.AtomicWriteResponse;
import io.dynasql.engine.api.TransactWriteItem;
import io.dynasql.engine.error.TransactionCanceledException;
import io.dynasql.pushdown.AccessKind;
import io.dynasql.pushdown.AccessRecord;
import io.dynasql.pushdown.AccessReport;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Runs DML: computes the rows with SQL on the Calcite connection (so reads are planned, pushed
 * down and reported like any SELECT; plain VALUES rows need no query), then writes them in one
 * atomic write: every statement is all or nothing. A one-row write is priced like PutItem / UpdateItem / DeleteItem, a larger one
 * like TransactWriteItems (twice), since that is what atomicity costs on DynamoDB. The write is
 * added to the current {@link AccessReport} as a WRITE line.
 *
 * <p>Errors: {@link DmlException} and {@link DuplicateKeyException} for what the statement asks
 * wrongly, the engine's exceptions unchanged, and SQLExceptions from the reading query.
 */
public final class DmlExecutor {
  private DmlExecutor() {}

  /**
   * Runs {@code dml} and returns the number of rows inserted, updated or deleted.
   *
   * @param calcite a Calcite connection whose default schema is a dynasql schema over {@code db}
   * @param params the values bound to the statement's {@code ?}, in textual order
   */
  public static long execute(Connection calcite, Database db, DmlStatement dml, List<Object> params) throws SQLException {
    if (params.size() != dml.parameterCount()) {
      throw new DmlException(DmlException.PARAMETERS, "The statement has " + dml.parameterCount()
          + " parameters but " + params.size() + " values were bound");
    }
    TargetTable t = TargetTable.resolve(calcite, dml.table());
    List<TransactWriteItem> actions;
    if (dml instanceof DmlStatement.Insert ins) actions = Inserts.actions(calcite, t, ins, params);
    else if (dml instanceof DmlStatement.Update u) actions = Updates.actions(calcite, t, u, params);
    else actions = Deletes.actions(calcite, t, (DmlStatement.Delete) dml, params);
    boolean priceAsTransaction = actions.size() > 1;
    AtomicWriteResponse done;
    try {
      // An INSERT fails on any existing key; an UPDATE or DELETE skips items deleted since they were read.
      done = db.writeAtomically(dml instanceof DmlStatement.Insert
          ? AtomicWriteRequest.allOrNothing(actions, priceAsTransaction)
          : AtomicWriteRequest.skippingFailedConditions(actions, priceAsTransaction));
    } catch (TransactionCanceledException e) {
      throw dml instanceof DmlStatement.Insert ? DuplicateKeys.of(e, t, actions) : e;
    }
    record(t.name(), done);
    return done.applied();
  }

  private static void record(String table, AtomicWriteResponse done) {
    AccessReport report = AccessReport.current();
    if (report == null) return;
    report.put(report.open(), new AccessRecord(AccessKind.WRITE, table, null, 0, done.applied(),
        done.bytesWritten(), 0, done.writeCapacityUnits()));
  }
}
