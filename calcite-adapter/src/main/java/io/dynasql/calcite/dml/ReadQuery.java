package io.dynasql.calcite.dml;

import io.dynasql.calcite.exec.BoundValues;
import io.dynasql.calcite.exec.ExecutionContext;
import io.dynasql.calcite.exec.PreparedQuery;
import io.dynasql.calcite.exec.QueryRows;
import io.dynasql.pushdown.AccessReport;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlDynamicParam;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.dialect.CalciteSqlDialect;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.util.SqlShuttle;

/**
 * A query the statement runs through the connection's SQL session, built as a tree from parts of
 * the statement's own parse tree ({@link #select}, {@link #rowsOf}), so it is planned without a parse of its
 * own. Its {@code ?} are numbered 0, 1, ... in tree order, as the parser would number them in
 * its text, and the query remembers which of the statement's parameters each one is: it binds
 * each to the value the statement's parameter of that number was given, whatever order the parts
 * come in. Its text (Calcite's unparser, which quotes every identifier) is the plan cache's key.
 */
final class ReadQuery {
  /** The rows a query returned and how many columns it has. */
  record Rows(int width, List<Object[]> values) {}

  private static final SqlParserPos POS = SqlParserPos.ZERO;

  private final SqlNode tree;
  private final String sql;
  private final List<Integer> parameters;

  private ReadQuery(SqlNode tree, List<Integer> parameters) {
    this.tree = tree;
    this.parameters = parameters;
    this.sql = tree.toSqlString(CalciteSqlDialect.DEFAULT).getSql();
  }

  /**
   * The query {@code tree} (which may share nodes with the statement's tree: those are left as
   * they are, and the session validates a copy).
   */
  static ReadQuery of(SqlNode tree) {
    List<Integer> parameters = new ArrayList<>();
    SqlNode numbered = tree.accept(new SqlShuttle() {
      @Override
      public SqlNode visit(SqlDynamicParam param) {
        parameters.add(param.getIndex());
        return new SqlDynamicParam(parameters.size() - 1, param.getParserPosition());
      }
    });
    return new ReadQuery(numbered, List.copyOf(parameters));
  }

  /** {@code SELECT items FROM from [WHERE where]}, as the parser builds it. */
  static SqlSelect select(List<SqlNode> items, SqlNode from, SqlNode where) {
    return new SqlSelect(POS, new SqlNodeList(POS), new SqlNodeList(items, POS), from, where, null, null, new SqlNodeList(POS),
        null, null, null, null, new SqlNodeList(POS));
  }

  /** {@code SELECT * FROM (query)}: the rows of {@code query}, whatever kind of query it is. */
  static ReadQuery rowsOf(SqlNode query) {
    return of(select(List.of(SqlIdentifier.star(POS)), query, null));
  }

  SqlNode tree() {
    return tree;
  }

  /** How many {@code ?} the query has. */
  int parameterCount() {
    return parameters.size();
  }

  /** The query as text: the cache key and what messages quote. */
  String sql() {
    return sql;
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
    try {
      return run(context, context.session().cached(sql, tree, sql, context.cancel()), params, progress);
    } catch (SQLException | RuntimeException | LinkageError e) { // LinkageError: its code failed to initialise
      context.session().forget(sql); // a failed plan is never reused
      if (!io.dynasql.calcite.StalePlans.tableReplaced(e)) throw e;
      return run(context, context.session().cached(sql, tree, sql, context.cancel()), params, progress);
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
