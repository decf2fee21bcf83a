package io.dynasql.jdbc;

import io.dynasql.calcite.dml.DmlContext;
import io.dynasql.calcite.dml.DmlExplain;
import io.dynasql.calcite.dml.DmlParser;
import io.dynasql.calcite.dml.DmlStatement;
import io.dynasql.calcite.names.NameResolution;
import java.sql.SQLException;
import java.util.List;
import org.apache.calcite.sql.SqlExplain;

/**
 * {@code EXPLAIN PLAN FOR} an INSERT, UPSERT, UPDATE or DELETE, which dynasql runs itself rather
 * than through Calcite: the plan of what the statement reads, then its estimated WRITE lines
 * ({@link DmlExplain}), answered like a query's EXPLAIN, as one row in column {@code PLAN}.
 * Nothing is written or logged.
 */
final class ExplainWrite {
  private ExplainWrite() {}

  /** The write {@code resolved} explains, or null when it is anything else. */
  static DmlStatement of(NameResolution.Resolved resolved) throws SQLException {
    if (!(resolved.tree() instanceof SqlExplain e)) return null;
    try {
      return DmlParser.of(e.getExplicandum()).orElse(null);
    } catch (RuntimeException x) {
      throw SqlStates.of(x);
    }
  }

  /** The plan's text, lines separated by newlines, as EXPLAIN PLAN FOR of a query gives it. */
  static String plan(DmlContext context, DmlStatement dml, boolean inTransaction, double writeUnitPrice) throws SQLException {
    try {
      List<String> lines = DmlExplain.explain(context, dml, inTransaction, writeUnitPrice);
      return String.join("\n", lines) + "\n";
    } catch (RuntimeException | Error e) {
      throw SqlStates.of(e);
    }
  }
}
