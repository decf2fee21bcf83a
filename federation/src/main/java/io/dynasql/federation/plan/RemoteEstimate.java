package io.dynasql.federation.plan;

import io.dynasql.federation.LiveSource;
import io.dynasql.federation.schema.RemoteColumn;
import io.dynasql.pushdown.PlannedFetch;

/**
 * What a remote statement is expected to return before it is sent, as EXPLAIN shows it
 * ({@code est_rows}, {@code est_bytes}, {@code est_usd}) and as the planner and a statement's
 * budget use it: the table's rows by the source's statistics ({@link LiveSource#tableRows}),
 * times the selectivity Calcite guesses for each pushed condition (its {@code RelMdUtil.guessSelectivity}:
 * 0.15 for =, 0.5 for another comparison, 0.9 for IS NOT NULL, 0.25 otherwise), capped by a
 * LIMIT; bytes by the width of the columns fetched; dollars by the source's price per GB.
 *
 * @param rows rows expected
 * @param bytes bytes expected (counted as the label counts the bytes fetched)
 * @param dollars the bytes at the source's price per GB (time is not known before it runs)
 */
record RemoteEstimate(double rows, double bytes, double dollars) {
  /** Rows assumed for a LIMIT given as a parameter, whose value is known only when it runs. */
  static final double PARAMETER_LIMIT = 100;

  /** The estimate of {@code query}: at least one row, as EXPLAIN shows it and a budget counts it. */
  static RemoteEstimate of(LiveSource source, RemoteQuery query) {
    double rows = Math.max(1, rows(source, query));
    double width = 0;
    for (int f : query.fields()) width += width(query.table().columns().get(f));
    double bytes = rows * width;
    return new RemoteEstimate(rows, bytes, source.definition().price().dollars(bytes, 0));
  }

  /**
   * The rows expected, below one when the conditions are selective: what the planner compares,
   * so that each condition pushed makes an access cheaper even on a tiny table.
   */
  static double rows(LiveSource source, RemoteQuery query) {
    double rows = Math.max(1, source.tableRows(query.table())); // an empty table may be filled by the time it runs
    for (RemoteCondition c : query.conditions()) rows *= selectivity(c);
    if (query.limit().isPresent()) {
      rows = Math.min(rows, query.limit().get() instanceof Operand.Literal l ? ((Number) l.value()).doubleValue() : PARAMETER_LIMIT);
    }
    return rows;
  }

  /** The estimate as a budget sees it, naming the source and the table. */
  PlannedFetch planned(LiveSource source, RemoteQuery query) {
    String table = source.name() + "." + (query.table().schema() == null ? "" : query.table().schema() + ".") + query.table().name();
    return new PlannedFetch("source " + source.name() + " table " + table, rows, bytes, dollars);
  }

  private static double selectivity(RemoteCondition c) {
    if (c instanceof RemoteCondition.Compare cmp) return cmp.op() == RemoteCondition.Op.EQ ? 0.15 : 0.5;
    if (c instanceof RemoteCondition.NullTest n) return n.isNull() ? 0.25 : 0.9;
    return 0.25;
  }

  /** Bytes of one value of {@code c} as the label counts them (RemoteValues.size); text as half its declared length. */
  private static double width(RemoteColumn c) {
    return switch (c.type()) {
      case BOOLEAN -> 1;
      case SMALLINT -> 2;
      case BIGINT, DOUBLE, TIMESTAMP -> 8;
      case DECIMAL -> 2 + Math.max(1, c.precision() > 0 ? c.precision() : 19) * 0.42;
      case VARCHAR, CHAR, VARBINARY, BINARY -> c.precision() > 0 && c.precision() < 4096 ? Math.max(1, c.precision() / 2.0) : 32;
      default -> 4;
    };
  }
}
