package io.dynasql.pushdown;

import io.dynasql.engine.expr.ComparisonOperator;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlKind;

/**
 * Translates SQL predicates into store filter conditions, only where the store's answer is
 * exactly SQL's: comparisons of a column with a literal, LIKE 'prefix%', and AND / OR of those.
 * {@code col <> v} becomes {@code attribute_exists(col) AND col <> v}, because DynamoDB finds a
 * missing attribute unequal while SQL finds NULL unknown. NOT and IS [NOT] NULL stay in SQL: a
 * missing attribute and an attribute of another type are both NULL to SQL but not to DynamoDB.
 * Parameters are pushed too: they are bound when the statement runs.
 */
final class StoreFilter {
  private StoreFilter() {}

  /** The store filter equivalent to {@code node}, or null when there is none. */
  static FilterSpec of(RexNode node, int[] fields, DynamoSource source) {
    SqlKind kind = node.getKind();
    if (kind == SqlKind.AND || kind == SqlKind.OR) {
      FilterSpec acc = null;
      for (RexNode operand : ((RexCall) node).getOperands()) {
        FilterSpec c = of(operand, fields, source);
        if (c == null) return null;
        acc = acc == null ? c : kind == SqlKind.AND ? new FilterSpec.And(acc, c) : new FilterSpec.Or(acc, c);
      }
      return acc;
    }
    ColumnTerm t = ColumnTerm.of(node, fields);
    if (t == null) return null;
    ColumnRef col = source.columns().get(t.field());
    if (col.attribute() == null) return null;
    if (t.kind() == SqlKind.LIKE) {
      String prefix = t.likePrefix();
      return prefix == null ? null : new FilterSpec.Prefix(col.attribute(), prefix);
    }
    KeyValue kv = KeyValues.of(source, t.field(), t.value());
    return kv == null ? null : new FilterSpec.Compare(col.attribute(), operator(t.kind()), kv);
  }

  static ComparisonOperator operator(SqlKind k) {
    switch (k) {
      case EQUALS: return ComparisonOperator.EQ;
      case NOT_EQUALS: return ComparisonOperator.NE;
      case LESS_THAN: return ComparisonOperator.LT;
      case LESS_THAN_OR_EQUAL: return ComparisonOperator.LE;
      case GREATER_THAN: return ComparisonOperator.GT;
      default: return ComparisonOperator.GE;
    }
  }
}
