package io.dynasql.calcite.dml;

import io.dynasql.calcite.SqlColumn;
import io.dynasql.pushdown.AccessReport;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;

/**
 * {@code EXPLAIN PLAN FOR} an INSERT, UPSERT, UPDATE or DELETE: what it would read and write,
 * estimated without running it (nothing is written, and the store is read only for statistics).
 * First the plan of the query it reads its rows with, when it reads (an UPDATE or DELETE whose
 * WHERE is not exactly its key, or any of them in a transaction, where the item is read to check
 * it at commit; an INSERT of a query), then its {@link WriteEstimate} lines. The statement is
 * checked as running it checks it, so an unknown table or column fails with the same SQLState.
 */
public final class DmlExplain {
  private DmlExplain() {}

  /**
   * The plan of {@code dml}, one line each.
   *
   * @param context the connection's session; its report is left alone
   * @param inTransaction whether autoCommit is off (a key-targeted UPDATE / DELETE then reads its item)
   * @param writeUnitPrice dollars per million write units
   */
  public static List<String> explain(DmlContext context, DmlStatement dml, boolean inTransaction, double writeUnitPrice)
      throws SQLException {
    if (dml.parameterCount() > 0) {
      throw new DmlException(DmlException.PARAMETERS, "EXPLAIN PLAN FOR " + dml.getClass().getSimpleName().toUpperCase(java.util.Locale.ROOT)
          + " estimates the statement with its values: write its " + dml.parameterCount() + " parameters as literals");
    }
    TargetTable t = TargetTable.resolve(context, dml);
    List<String> lines = new ArrayList<>();
    WriteEstimate estimate;
    if (dml instanceof DmlStatement.Insert ins) {
      estimate = insert(context, t, ins, lines);
    } else {
      estimate = updateOrDelete(context, t, dml, inTransaction, lines);
    }
    lines.addAll(estimate.text(writeUnitPrice, t.source() == null ? null : t.source().sourceName()));
    return lines;
  }

  /** VALUES rows are computed (no store read) and priced exactly; a query's rows at the table's average size. */
  private static WriteEstimate insert(DmlContext context, TargetTable t, DmlStatement.Insert ins, List<String> lines)
      throws SQLException {
    if (ins.source().getKind() == SqlKind.VALUES) {
      // A report of its own: computing the rows is not a run of the statement, nothing is logged.
      return WriteEstimates.exact(t, ins, Inserts.actions(context.reportingTo(new AccessReport()), t, ins, List.of()));
    }
    Inserts.targets(t, ins); // an unknown column fails as the run fails
    ReadPlan read = ReadPlan.of(context, ReadQuery.of(ins.source()));
    lines.addAll(read.lines());
    return WriteEstimates.average(t, ins, read.rows(), List.of(), List.of());
  }

  private static WriteEstimate updateOrDelete(DmlContext context, TargetTable t, DmlStatement dml, boolean inTransaction,
      List<String> lines) throws SQLException {
    DmlStatement.Update u = dml instanceof DmlStatement.Update up ? up : null;
    String alias = u != null ? u.alias() : ((DmlStatement.Delete) dml).alias();
    SqlNode where = u != null ? u.where() : ((DmlStatement.Delete) dml).where();
    List<SqlColumn> set = u == null ? List.of() : Updates.columns(t, u);
    List<SqlNode> values = u == null ? List.of() : Updates.values(u, set, List.of());
    Map<String, io.dynasql.engine.model.AttributeValue> key = KeyTarget.of(t, dml.table(), alias, where, List.of());
    // As DirectWrites decides: one UpdateItem / DeleteItem with no read when DynamoDB can express it.
    boolean byKey = key != null && (u == null || Assignments.update(t, u, key, List.of()) != null);
    double rows = 1;
    if (!byKey || inTransaction) {
      ReadPlan read = ReadPlan.of(context, KeyedRows.query(t, dml.table(), alias, values, where));
      lines.addAll(read.lines());
      if (!byKey) rows = read.rows();
    }
    return WriteEstimates.average(t, dml, rows, set, u == null ? List.of() : u.values());
  }
}
