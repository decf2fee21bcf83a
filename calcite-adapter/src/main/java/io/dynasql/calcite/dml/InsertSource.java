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
 * ({@link ParameterTypes}). And every VALUES item bound for a string column is cast to VARCHAR:
 * SQL gives a VALUES column one type for all rows, and string literals of different lengths
 * would otherwise become CHAR(n), padding the shorter ones with blanks.
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
    List<SqlNode> rows = new ArrayList<>();
    int number = 0;
    for (SqlNode r : values.getOperandList()) {
      SqlCall row = (SqlCall) r;
      number++;
      if (row.operandCount() != targets.size()) {
        throw new DmlException(DmlException.ARITY, "INSERT INTO " + table + " names " + targets.size() + " columns ("
            + String.join(", ", targets.stream().map(SqlColumn::name).toList()) + ") but row " + number + " has "
            + row.operandCount() + " values");
      }
      List<SqlNode> items = new ArrayList<>();
      for (int i = 0; i < targets.size(); i++) {
        SqlNode item = ParameterTypes.typed(row.operand(i), targets.get(i), params);
        if (isString(targets.get(i))) item = ParameterTypes.cast(item, ParameterTypes.varchar());
        items.add(item);
      }
      rows.add(row.getOperator().createCall(row.getParserPosition(), items));
    }
    return values.getOperator().createCall(values.getParserPosition(), rows);
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
