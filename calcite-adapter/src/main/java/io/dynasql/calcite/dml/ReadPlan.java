package io.dynasql.calcite.dml;

import io.dynasql.calcite.exec.ExecutionContext;
import io.dynasql.calcite.exec.PreparedQuery;
import io.dynasql.calcite.exec.SqlSession;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plan of the query a write statement reads its rows with, as {@code EXPLAIN PLAN FOR} prints
 * it (each access with its estimate), and the rows the planner expects it to return: how many
 * items the statement is expected to write. Planning reads nothing from the store but statistics.
 *
 * @param lines the plan, one line each
 * @param rows the rows the plan's root is expected to return (Calcite's row count)
 */
record ReadPlan(List<String> lines, double rows) {
  private static final Pattern ROWCOUNT = Pattern.compile("rowcount = ([0-9.Ee+-]+)");

  /** Plans {@code query} (twice: for the listing, and with every attribute for its row count). */
  static ReadPlan of(DmlContext context, String query) {
    String plan = explain(context, "EXPLAIN PLAN FOR " + query);
    Matcher m = ROWCOUNT.matcher(explain(context, "EXPLAIN PLAN INCLUDING ALL ATTRIBUTES FOR " + query));
    if (!m.find()) throw new IllegalStateException("The plan of " + query + " gives no row count");
    return new ReadPlan(List.of(plan.strip().split("\n")), Double.parseDouble(m.group(1)));
  }

  private static String explain(DmlContext context, String sql) {
    SqlSession session = context.session();
    PreparedQuery q = session.prepare(sql, context.cancel());
    StringBuilder text = new StringBuilder();
    for (Object row : session.run(q, ExecutionContext.of(session, q, new Object[0], context.cancel(), null))) {
      text.append(row instanceof Object[] a ? a[0] : row);
    }
    return text.toString();
  }
}
