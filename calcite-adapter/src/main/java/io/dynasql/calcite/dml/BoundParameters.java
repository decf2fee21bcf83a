package io.dynasql.calcite.dml;

import io.dynasql.calcite.SqlColumn;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDynamicParam;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlSelect;

/**
 * A statement's bound parameters with each one that is a whole column value (a VALUES item or
 * select item of an INSERT, the right-hand side of an UPDATE's SET) converted for that column by
 * {@link BoundValue}, once, before the statement is routed: a direct UpdateItem, a read through
 * SQL and a put all see the same value, and a refused one is refused before anything is read or
 * written. A parameter inside an expression is left to SQL.
 */
final class BoundParameters {
  private BoundParameters() {}

  /** {@code params} with the whole-value parameters of {@code dml}'s columns converted. */
  static List<Object> of(TargetTable t, DmlStatement dml, List<Object> params) {
    List<Object> out = new ArrayList<>(params);
    if (dml instanceof DmlStatement.Update u) {
      List<SqlColumn> columns = t.writableColumns(u.columns());
      for (int i = 0; i < columns.size(); i++) convert(u.values().get(i), columns.get(i), t, out);
    } else if (dml instanceof DmlStatement.Insert ins) {
      List<SqlColumn> targets = Inserts.targets(t, ins);
      for (List<SqlNode> row : rows(ins.source())) {
        for (int i = 0; i < Math.min(row.size(), targets.size()); i++) convert(row.get(i), targets.get(i), t, out);
      }
    }
    return out;
  }

  /** The rows of items whose position names their column: VALUES rows, or a query's select list. */
  private static List<List<SqlNode>> rows(SqlNode source) {
    List<List<SqlNode>> rows = new ArrayList<>();
    if (source.getKind() == SqlKind.VALUES) {
      for (SqlNode row : ((SqlCall) source).getOperandList()) rows.add(((SqlCall) row).getOperandList());
    } else if (source instanceof SqlSelect s) {
      rows.add(s.getSelectList().getList());
    }
    return rows;
  }

  private static void convert(SqlNode e, SqlColumn c, TargetTable t, List<Object> params) {
    if (!(e instanceof SqlDynamicParam p) || t.isItem(c)) return; // the whole-item column refuses any value itself
    int i = p.getIndex();
    if (i < params.size()) params.set(i, BoundValue.of(params.get(i), c, t.name()));
  }
}
