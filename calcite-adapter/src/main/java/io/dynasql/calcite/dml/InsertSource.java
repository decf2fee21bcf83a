package io.dynasql.calcite.dml;

import io.dynasql.calcite.SqlColumn;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * The query computing an INSERT's rows: its VALUES or SELECT, run as {@code SELECT * FROM (...)}.
 * Two adjustments keep values exact. Bare parameters get the bound value's type
 * ({@link ParameterTypes}). And SQL gives a VALUES column one type for all its rows, so every
 * item of a column is cast to VARCHAR when the column holds strings (string literals of
 * different lengths would otherwise become CHAR(n), padding the shorter ones with blanks) or
 * when a parameter in it is bound as text (a string, or a number too wide for DECIMAL, such as
 * 1E+40): text is the one type every value converts to and back without loss.
 */
final class InsertSource {
  private InsertSource() {}

  static QueryText query(SqlNode source, List<SqlColumn> targets, List<Object> params, String table) {
    SqlNode typed = source;
    if (source.getKind() == SqlKind.VALUES) typed = values((SqlCall) source, targets, params, table);
    else if (source instanceof SqlSelect s) typed = select(s, targets, params);
    return new QueryText().text("SELECT * FROM (").node(typed).text(")");
  }

  private static SqlNode values(SqlCall values, List<SqlColumn> targets, List<Object> params, String table) {
    List<SqlCall> rows = new ArrayList<>();
    for (SqlNode r : values.getOperandList()) {
      SqlCall row = (SqlCall) r;
      if (row.operandCount() != targets.size()) {
        throw new DmlException(DmlException.ARITY, "INSERT INTO " + table + " names " + targets.size() + " columns ("
            + String.join(", ", targets.stream().map(SqlColumn::name).toList()) + ") but row " + (rows.size() + 1)
            + " has " + row.operandCount() + " values");
      }
      rows.add(row);
    }
    boolean[] text = new boolean[targets.size()];
    for (int i = 0; i < targets.size(); i++) {
      text[i] = isString(targets.get(i));
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
    return values.getOperator().createCall(values.getParserPosition(), typedRows);
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

  private static boolean isString(SqlColumn c) {
    return c.type() == SqlTypeName.VARCHAR || c.type() == SqlTypeName.CHAR;
  }
}
