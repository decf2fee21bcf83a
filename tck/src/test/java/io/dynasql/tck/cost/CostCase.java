package io.dynasql.tck.cost;

import java.util.List;

/**
 * One SQL statement of the suite and the cheapest DynamoDB calls that give its answer (or make
 * its writes). {@code shape} groups statements in the summary and in {@link KnownExcess}.
 *
 * @param shape the statement's shape, e.g. "QUERY + LIMIT"
 * @param sql the statement; for {@link Mode#TRANSACTION} its statements separated by "; "
 * @param mode how the statement is run over JDBC
 * @param params a prepared batch's rows, a prepared query's one row of parameters, or the max rows
 *     (empty for the other modes)
 * @param calls the cheapest equivalent calls
 */
record CostCase(String shape, String sql, Mode mode, List<List<Object>> params, List<Call> calls) {
  /** How the SQL runs. */
  enum Mode {
    /** executeQuery, every row read. */
    QUERY,
    /** executeQuery after {@code setMaxRows(params[0][0])}, every row read. */
    MAX_ROWS,
    /** a PreparedStatement's executeQuery with the parameters {@code params[0]}, every row read. */
    PREPARED,
    /** executeUpdate with autoCommit on. */
    UPDATE,
    /** a PreparedStatement's executeBatch with autoCommit on, one batch entry per params row. */
    BATCH,
    /** autoCommit off, each statement executed, then commit. */
    TRANSACTION
  }

  static CostCase read(String shape, String sql, Call... calls) {
    return new CostCase(shape, sql, Mode.QUERY, List.of(), List.of(calls));
  }

  static CostCase maxRows(String shape, String sql, int maxRows, Call... calls) {
    return new CostCase(shape, sql, Mode.MAX_ROWS, List.of(List.of(maxRows)), List.of(calls));
  }

  static CostCase prepared(String shape, String sql, List<Object> params, Call... calls) {
    return new CostCase(shape, sql, Mode.PREPARED, List.of(params), List.of(calls));
  }

  static CostCase write(String shape, String sql, Call... calls) {
    return new CostCase(shape, sql, Mode.UPDATE, List.of(), List.of(calls));
  }

  /** True when DynamoDB could not make the statement's writes atomic: they need BatchWriteItem. */
  boolean notAtomicOnDynamo() {
    return mode == Mode.UPDATE && calls.stream().anyMatch(c -> c instanceof Call.BatchWrite);
  }

  @Override
  public String toString() {
    String text = sql.length() > 90 ? sql.substring(0, 87) + "..." : sql;
    return shape + ": " + text;
  }
}
