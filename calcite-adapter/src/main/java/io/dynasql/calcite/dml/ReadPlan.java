package io.dynasql.calcite.dml;

import io.dynasql.calcite.exec.ExecutionContext;
import io.dynasql.calcite.exec.PreparedQuery;
import io.dynasql.calcite.exec.SqlSession;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.sql.SqlExplain;
import org.apache.calcite.sql.SqlExplainFormat;
import org.apache.calcite.sql.SqlExplainLevel;
import org.apache.calcite.sql.parser.SqlParserPos;

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

  /**
   * Plans {@code query} (twice: for the listing, and with every attribute for its row count), as
   * EXPLAIN trees around its tree: nothing is parsed.
   */
  static ReadPlan of(DmlContext context, ReadQuery query) {
    String plan = explain(context, query, SqlExplainLevel.EXPPLAN_ATTRIBUTES, "EXPLAIN PLAN FOR ");
    Matcher m = ROWCOUNT.matcher(explain(context, query, SqlExplainLevel.ALL_ATTRIBUTES,
        "EXPLAIN PLAN INCLUDING ALL ATTRIBUTES FOR "));
    if (!m.find()) throw new IllegalStateException("The plan of " + query.sql() + " gives no row count");
    return new ReadPlan(List.of(plan.strip().split("\n")), Double.parseDouble(m.group(1)));
  }

  /**
   * The plan at {@code level}: the EXPLAIN the parser makes of {@code prefix} and the query's
   * text (physical plan, text format); the session plans a copy, so both share the query's tree.
   */
  private static String explain(DmlContext context, ReadQuery query, SqlExplainLevel level, String prefix) {
    SqlParserPos pos = SqlParserPos.ZERO;
    SqlExplain tree = new SqlExplain(pos, query.tree(), level.symbol(pos), SqlExplain.Depth.PHYSICAL.symbol(pos),
        SqlExplainFormat.TEXT.symbol(pos), query.parameterCount());
    SqlSession session = context.session();
    PreparedQuery q = session.prepare(tree, prefix + query.sql(), context.cancel());
    StringBuilder text = new StringBuilder();
    for (Object row : session.run(q, ExecutionContext.of(session, q, new Object[0], context.cancel(), null))) {
      text.append(row instanceof Object[] a ? a[0] : row);
    }
    return text.toString();
  }
}
