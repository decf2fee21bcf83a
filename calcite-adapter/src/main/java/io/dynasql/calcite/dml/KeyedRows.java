package io.dynasql.calcite.dml;

import io.dynasql.calcite.SqlColumn;
import java.util.List;
import org.apache.calcite.sql.SqlNode;

/**
 * The query an UPDATE or DELETE runs to find its rows: {@code SELECT pk [, sk] [, values...]
 * FROM table AS alias [WHERE condition]}. It goes through SQL like any SELECT, so the pushdown
 * rules turn a condition on the key into a GET or QUERY, and only a condition they cannot use
 * needs a SCAN (refused under scan=deny).
 */
final class KeyedRows {
  private KeyedRows() {}

  /**
   * @param alias the statement's alias, or null: then the table's name as written, so that
   *     columns qualified with it still resolve
   */
  static QueryText query(TargetTable t, String written, String alias, List<SqlNode> values, SqlNode where) {
    String qualifier = alias == null ? written : alias;
    QueryText q = new QueryText().text("SELECT ");
    column(q, qualifier, t.partitionKey());
    if (t.sortKey() != null) column(q.text(", "), qualifier, t.sortKey());
    // parenthesised: a value that is a subquery unparses bare, which is no longer an expression
    for (SqlNode v : values) q.text(", (").node(v).text(")");
    t.appendName(q.text(" FROM ")).text(" AS ").name(qualifier);
    if (where != null) q.text(" WHERE ").node(where);
    return q;
  }

  private static void column(QueryText q, String qualifier, SqlColumn c) {
    q.name(qualifier).text(".").name(c.name());
  }
}
