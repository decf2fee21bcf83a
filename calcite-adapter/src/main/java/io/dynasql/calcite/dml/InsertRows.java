package io.dynasql.calcite.dml;

import io.dynasql.calcite.SqlColumn;
import io.dynasql.calcite.exec.SqlSession;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlSelect;

/**
 * The rows an INSERT writes, as SQL values in target-column order. VALUES rows of plain literals
 * and parameters are read directly ({@link DirectValues}); the other rows, and any other source,
 * run as {@code SELECT * FROM (...)} on the Calcite connection, so reads are planned, pushed down
 * and reported like any SELECT, the statement's {@link RowProgress} told of each row read. A bare parameter in a select item is typed by its bound value
 * ({@link ParameterTypes}).
 */
final class InsertRows {
  private InsertRows() {}

  static List<Object[]> of(DmlContext context, SqlNode source, List<SqlColumn> targets, List<Object> params,
      String table) throws SQLException {
    if (source.getKind() == SqlKind.VALUES) return values(context, (SqlCall) source, targets, params, table);
    SqlNode typed = source instanceof SqlSelect s ? select(s, targets, params) : source;
    ReadQuery.Rows rows = ReadQuery.rowsOf(typed).run(context, params, context.progress());
    if (rows.width() != targets.size()) {
      throw new DmlException(DmlException.ARITY, "INSERT INTO " + table + " names " + targets.size()
          + " columns but its query returns " + rows.width());
    }
    return rows.values();
  }

  private static List<Object[]> values(DmlContext context, SqlCall values, List<SqlColumn> targets, List<Object> params,
      String table) throws SQLException {
    List<SqlNode> rows = values.getOperandList();
    Object[][] out = new Object[rows.size()][];
    List<Integer> computed = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      SqlCall row = (SqlCall) rows.get(r);
      if (row.operandCount() != targets.size()) {
        throw new DmlException(DmlException.ARITY, "INSERT INTO " + table + " names " + targets.size() + " columns ("
            + String.join(", ", targets.stream().map(SqlColumn::name).toList()) + ") but row " + (r + 1)
            + " has " + row.operandCount() + " values");
      }
      out[r] = DirectValues.of(row, params);
      if (out[r] == null) computed.add(r);
    }
    for (int start = 0; start < computed.size(); start += ComputedValues.ROWS_PER_QUERY) {
      List<Integer> chunk = computed.subList(start, Math.min(computed.size(), start + ComputedValues.ROWS_PER_QUERY));
      List<SqlCall> chunkRows = new ArrayList<>();
      for (int r : chunk) chunkRows.add((SqlCall) rows.get(r));
      List<Object[]> results = ComputedValues.run(context, values, chunkRows, targets, params);
      for (int i = 0; i < chunk.size(); i++) out[chunk.get(i)] = results.get(i);
    }
    return Arrays.asList(out);
  }

  /** A copy of the query whose bare parameter select items are typed; the statement's tree stays as parsed. */
  private static SqlNode select(SqlSelect select, List<SqlColumn> targets, List<Object> params) {
    SqlNodeList items = select.getSelectList();
    List<SqlNode> typed = new ArrayList<>();
    boolean changed = false;
    for (int i = 0; i < items.size(); i++) {
      SqlNode item = items.get(i);
      SqlNode t = i < targets.size() ? ParameterTypes.typed(item, targets.get(i), params) : item;
      changed |= t != item;
      typed.add(t);
    }
    if (!changed) return select;
    SqlSelect copy = (SqlSelect) select.clone(select.getParserPosition());
    copy.setSelectList(new SqlNodeList(typed, items.getParserPosition()));
    return copy;
  }
}
