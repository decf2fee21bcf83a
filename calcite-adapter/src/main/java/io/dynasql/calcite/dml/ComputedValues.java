package io.dynasql.calcite.dml;

import io.dynasql.calcite.SqlColumn;
import io.dynasql.calcite.exec.SqlSession;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * VALUES rows with expressions, computed by SQL as {@code SELECT * FROM (VALUES ...)}, a bounded
 * number of rows per query: Calcite compiles a VALUES into one Java method, which cannot exceed
 * 64 KB. SQL gives a VALUES column one type for all its rows, so every item of a column is cast to
 * VARCHAR when the column holds strings (string literals of different lengths would otherwise
 * become CHAR(n), padding the shorter ones with blanks) or when a parameter in it is bound as
 * text (a string, or a number too wide for DECIMAL, such as 1E+40): text is the one type every
 * value converts to and back without loss. Other bare parameters take their bound value's type.
 */
final class ComputedValues {
  /** Rows per query, far below what reaches the 64 KB method limit. */
  static final int ROWS_PER_QUERY = 100;

  private ComputedValues() {}

  /** The values of {@code rows} (rows of {@code values}), in order. */
  static List<Object[]> run(DmlContext context, SqlCall values, List<SqlCall> rows, List<SqlColumn> targets,
      List<Object> params) throws SQLException {
    return query(values, rows, targets, params).run(context, params).values();
  }

  /** The query computing {@code rows}: {@code SELECT * FROM (VALUES ...)} around their typed items. */
  static ReadQuery query(SqlCall values, List<SqlCall> rows, List<SqlColumn> targets, List<Object> params) {
    boolean[] text = new boolean[targets.size()];
    for (int i = 0; i < targets.size(); i++) {
      SqlTypeName t = targets.get(i).type();
      text[i] = t == SqlTypeName.VARCHAR || t == SqlTypeName.CHAR;
      for (SqlCall row : rows) text[i] |= ParameterTypes.isText(row.operand(i), params);
    }
    List<SqlNode> typedRows = new ArrayList<>();
    for (SqlCall row : rows) {
      List<SqlNode> items = new ArrayList<>();
      for (int i = 0; i < targets.size(); i++) {
        SqlNode item = ParameterTypes.typed(row.operand(i), targets.get(i), params);
        items.add(text[i] ? ParameterTypes.cast(item, ParameterTypes.varchar()) : item);
      }
      typedRows.add(row.getOperator().createCall(row.getParserPosition(), items));
    }
    SqlNode query = values.getOperator().createCall(values.getParserPosition(), typedRows);
    return ReadQuery.rowsOf(query);
  }
}
