package io.dynasql.calcite.dml;

import io.dynasql.calcite.SqlColumn;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * The query an UPDATE or DELETE runs to find its rows: {@code SELECT pk [, sk] [, values...]
 * FROM table AS alias [WHERE condition]}, built around the statement's own nodes. It goes through
 * SQL like any SELECT, so the pushdown rules turn a condition on the key into a GET or QUERY, and
 * only a condition they cannot use needs a SCAN (refused under scan=deny).
 */
final class KeyedRows {
  private static final SqlParserPos POS = SqlParserPos.ZERO;

  private KeyedRows() {}

  /**
   * @param alias the statement's alias, or null: then the table's name as written, so that
   *     columns qualified with it still resolve
   */
  static ReadQuery query(TargetTable t, String written, String alias, List<SqlNode> values, SqlNode where) {
    String qualifier = alias == null ? written : alias;
    List<SqlNode> items = new ArrayList<>();
    items.add(column(qualifier, t.partitionKey()));
    if (t.sortKey() != null) items.add(column(qualifier, t.sortKey()));
    items.addAll(values); // a subquery among them is a scalar subquery, as "(SELECT ...)" would parse
    SqlNode from = SqlStdOperatorTable.AS.createCall(POS, t.identifier(), new SqlIdentifier(qualifier, POS));
    return ReadQuery.of(ReadQuery.select(items, from, where));
  }

  private static SqlNode column(String qualifier, SqlColumn c) {
    return new SqlIdentifier(List.of(qualifier, c.name()), POS);
  }
}
