package io.dynasql.jdbc;

import io.dynasql.calcite.dml.DmlExecutor;
import io.dynasql.calcite.dml.DmlExecutor.BatchRow;
import io.dynasql.calcite.dml.DmlStatement;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * executeBatch of a prepared INSERT, UPSERT or DELETE with autoCommit on, with BatchWriteItem's
 * semantics: every row independent, all written when the call returns, in as few durable commits
 * as the rows' keys allow and priced at plain (1x) write units ({@link DmlExecutor#executeBatch}).
 * The batch is one execution of the statement: its WRITE lines are in {@code accessLines()} and
 * {@code sys.access_log}.
 *
 * <p>A failed row does not stop the others (JDBC lets a driver continue processing): the
 * BatchUpdateException then holds a count for every row, {@link Statement#EXECUTE_FAILED} for the
 * failed ones, and the first failure's SQLState and message; every later failure is chained with
 * {@code setNextException}. A refusal of the whole batch (a read-only connection, an unknown
 * table) is a BatchUpdateException with no counts, nothing written.
 */
final class AutoCommitBatch {
  private AutoCommitBatch() {}

  /** Runs {@code rows}; the update counts as int[] or, when {@code large}, long[]. */
  static Object run(Executions executions, JdbcConnection connection, DmlStatement dml, String text,
      List<List<Object>> rows, boolean large) throws SQLException {
    List<BatchRow> done;
    try {
      done = executions.write(Call.UPDATE, dml, text, report -> {
        try {
          return DmlExecutor.executeBatch(new io.dynasql.calcite.dml.DmlContext(connection.session(), report, executions.cancelFlag()),
              connection.database(), dml, rows);
        } catch (RuntimeException | Error e) {
          throw SqlStates.of(e);
        }
      });
    } catch (SQLException e) {
      throw new BatchUpdateException(e.getMessage(), e.getSQLState(), e.getErrorCode(), new long[0], e);
    }
    long[] counts = new long[done.size()];
    List<SQLException> failures = new java.util.ArrayList<>();
    for (int i = 0; i < counts.length; i++) {
      if (done.get(i) instanceof BatchRow.Written w) {
        counts[i] = w.rows();
      } else {
        counts[i] = Statement.EXECUTE_FAILED;
        Exception error = ((BatchRow.Failed) done.get(i)).error();
        failures.add(error instanceof SQLException s ? s : SqlStates.of(error));
      }
    }
    if (!failures.isEmpty()) {
      SQLException first = failures.get(0);
      // built once every count is known: the exception keeps a copy of the array
      BatchUpdateException e = new BatchUpdateException(first.getMessage(), first.getSQLState(), first.getErrorCode(), counts, first);
      for (SQLException next : failures.subList(1, failures.size())) e.setNextException(next);
      throw e;
    }
    if (large) return counts;
    int[] out = new int[counts.length];
    for (int i = 0; i < counts.length; i++) out[i] = (int) Math.min(Integer.MAX_VALUE, counts[i]);
    return out;
  }
}
