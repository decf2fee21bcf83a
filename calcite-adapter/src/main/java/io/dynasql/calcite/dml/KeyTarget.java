package io.dynasql.calcite.dml;

import io.dynasql.calcite.SqlColumn;
import io.dynasql.engine.model.AttributeValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;

/**
 * The one item an UPDATE or DELETE addresses when its WHERE is exactly an equality on every key
 * column ({@code pk = ? [AND sk = ?]}) with values the key columns hold unchanged: such a
 * statement is one UpdateItem or DeleteItem, with no read before it.
 */
final class KeyTarget {
  private KeyTarget() {}

  /** The item's key, or null when the WHERE is anything else. */
  static Map<String, AttributeValue> of(TargetTable t, String written, String alias, SqlNode where, List<Object> params) {
    if (where == null) return null;
    Map<SqlColumn, SqlNode> equalities = new LinkedHashMap<>();
    if (!collect(t, written, alias, where, equalities)) return null;
    Attributes attributes = new Attributes(t);
    List<SqlColumn> keys = attributes.keyColumns();
    if (equalities.size() != keys.size()) return null;
    Map<String, AttributeValue> key = new LinkedHashMap<>();
    for (SqlColumn k : keys) {
      SqlNode value = equalities.get(k);
      if (value == null) return null;
      Object v = ExactValues.of(value, k, params);
      if (v == null || v == ExactValues.NOT_EXACT) return null; // NULL matches nothing; SQL says so
      key.put(k.ref().attribute(), attributes.of(v, k));
    }
    return key;
  }

  /** Adds {@code column = value} conjuncts; false on anything else (OR, other operators, a column twice). */
  private static boolean collect(TargetTable t, String written, String alias, SqlNode n, Map<SqlColumn, SqlNode> into) {
    if (!(n instanceof SqlBasicCall call)) return false;
    if (call.getKind() == SqlKind.AND) {
      for (SqlNode operand : call.getOperandList()) {
        if (!collect(t, written, alias, operand, into)) return false;
      }
      return true;
    }
    if (call.getKind() != SqlKind.EQUALS) return false;
    SqlNode left = call.operand(0);
    SqlNode right = call.operand(1);
    SqlColumn c = column(t, written, alias, left);
    SqlNode value = right;
    if (c == null) {
      c = column(t, written, alias, right);
      value = left;
    }
    if (c == null || !t.isKey(c) || value instanceof SqlIdentifier) return false;
    return into.putIfAbsent(c, value) == null;
  }

  /** The column an identifier names ({@code col}, or {@code qualifier.col} for the statement's table), or null. */
  static SqlColumn column(TargetTable t, String written, String alias, SqlNode n) {
    if (!(n instanceof SqlIdentifier id) || id.isStar()) return null;
    String qualifier = alias == null ? written : alias;
    if (id.names.size() == 2 && !id.names.get(0).equalsIgnoreCase(qualifier)) return null;
    if (id.names.size() > 2) return null;
    try {
      return t.writableColumn(id.names.get(id.names.size() - 1));
    } catch (DmlException unknownOrAmbiguous) {
      return null; // the general path reports it
    }
  }
}
