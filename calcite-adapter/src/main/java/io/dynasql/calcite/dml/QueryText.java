package io.dynasql.calcite.dml;

import io.dynasql.calcite.exec.BoundValues;
import io.dynasql.calcite.exec.ExecutionContext;
import io.dynasql.calcite.exec.PreparedQuery;
import io.dynasql.calcite.exec.QueryRows;
import io.dynasql.pushdown.AccessReport;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlDialect;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.dialect.CalciteSqlDialect;
import org.apache.calcite.sql.util.SqlString;

/**
 * A query the statement runs through the connection's SQL session, assembled from parts of the
 * statement. Calcite's unparser quotes every identifier with double quotes, so names keep their
 * case, and reports which parameter each {@code ?} it writes is: the query binds each one to the
 * value the statement's parameter of that number was given, whatever order the parts come in.
 */
final class QueryText {
  private static final SqlDialect DIALECT = CalciteSqlDialect.DEFAULT;

  /** The rows a query returned and how many columns it has. */
  record Rows(int width, List<Object[]> values) {}

  private final StringBuilder sql = new StringBuilder();
  private final List<Integer> parameters = new ArrayList<>();

  QueryText text(String s) {
    sql.append(s);
    return this;
  }

  /** An identifier, quoted. */
  QueryText name(String name) {
    sql.append(DIALECT.quoteIdentifier(name));
    return this;
  }

  /** A part of the statement, unparsed. */
  QueryText node(SqlNode node) {
    SqlString s = node.toSqlString(DIALECT);
    sql.append(s.getSql());
    if (s.getDynamicParameters() != null) parameters.addAll(s.getDynamicParameters());
    return this;
  }

  String sql() {
    return sql.toString();
  }

  /**
   * Runs the query with the statement's parameters and reads every row. The query is prepared
   * once per session ({@link io.dynasql.calcite.exec.SqlSession#cached}); a prepared query whose table has been dropped
   * or replaced since is prepared again, once.
   */
  Rows run(DmlContext context, List<Object> params) throws SQLException {
    return run(context, params, RowProgress.NONE);
  }

  /** The same, telling {@code progress} the rows read so far after each row. */
  Rows run(DmlContext context, List<Object> params, RowProgress progress) throws SQLException {
    String text = sql.toString();
    try {
      return run(context, context.session().cached(text, text, context.cancel()), params, progress);
    } catch (SQLException | RuntimeException | LinkageError e) { // LinkageError: its code failed to initialise
      context.session().forget(text); // a failed plan is never reused
      if (!io.dynasql.calcite.StalePlans.tableReplaced(e)) throw e;
      return run(context, context.session().cached(text, text, context.cancel()), params, progress);
    }
  }

  private Rows run(DmlContext context, PreparedQuery q, List<Object> params, RowProgress progress) throws SQLException {
    BoundValues values = new BoundValues(q.parameters());
    for (int i = 0; i < parameters.size(); i++) values.site(i + 1).setObject(bindable(params.get(parameters.get(i))));
    AccessReport report = context.report();
    if (report != null && q.plan().farFromData()) report.markFarFromData();
    List<Object[]> rows = QueryRows.read(context.session(), q, ExecutionContext.of(context.session(), q, values.locals(),
        context.cancel(), report), progress::rowsRead);
    return new Rows(q.columns().size(), rows);
  }

  /** JDBC has no BigInteger: it binds as the equal BigDecimal. */
  private static Object bindable(Object v) {
    return v instanceof java.math.BigInteger i ? new java.math.BigDecimal(i) : v;
  }
}
