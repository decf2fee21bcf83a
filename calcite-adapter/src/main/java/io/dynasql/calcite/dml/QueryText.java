package io.dynasql.calcite.dml;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlDialect;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.dialect.CalciteSqlDialect;
import org.apache.calcite.sql.util.SqlString;

/**
 * A query the statement runs through the Calcite connection, assembled from parts of the
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
   * once per connection ({@link PreparedQueries}); a prepared query whose table has been dropped
   * or replaced since is prepared again, once.
   */
  Rows run(Connection calcite, List<Object> params) throws SQLException {
    String text = sql.toString();
    try {
      return run(PreparedQueries.get(calcite, text), params);
    } catch (SQLException | RuntimeException e) {
      PreparedQueries.forget(calcite, text); // a failed plan is never reused
      if (!io.dynasql.calcite.StalePlans.tableReplaced(e)) throw e;
      return run(PreparedQueries.get(calcite, text), params);
    }
  }

  private Rows run(PreparedStatement ps, List<Object> params) throws SQLException {
    for (int i = 0; i < parameters.size(); i++) ps.setObject(i + 1, bindable(params.get(parameters.get(i))));
    try (ResultSet rs = ps.executeQuery()) {
      int width = rs.getMetaData().getColumnCount();
      List<Object[]> rows = new ArrayList<>();
      while (rs.next()) {
        Object[] row = new Object[width];
        for (int c = 0; c < width; c++) row[c] = rs.getObject(c + 1);
        rows.add(row);
      }
      return new Rows(width, rows);
    }
  }

  /** JDBC has no BigInteger: it binds as the equal BigDecimal. */
  private static Object bindable(Object v) {
    return v instanceof java.math.BigInteger i ? new java.math.BigDecimal(i) : v;
  }
}
