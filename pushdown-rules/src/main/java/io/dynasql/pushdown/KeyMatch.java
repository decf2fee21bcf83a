package io.dynasql.pushdown;

import io.dynasql.engine.expr.SortKeyCondition.Operator;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.KeySchema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.sql.SqlKind;

/** Matches WHERE conjuncts against one key schema (of the table or of an index). */
final class KeyMatch {
  private KeyMatch() {}

  static KeyChoice.Choice match(DynamoSource source, String table, String index, KeySchema key,
      List<RexNode> conjuncts, int[] fields, boolean isTable) {
    Set<Integer> consumed = new HashSet<>();
    List<KeyValue> pks = null;
    for (int i = 0; i < conjuncts.size() && pks == null; i++) {
      pks = partitionValues(source, conjuncts.get(i), fields, key.partitionKey());
      if (pks != null) consumed.add(i);
    }
    if (pks == null) return null;
    SortKeyRange sort = key.hasSortKey() ? sort(source, conjuncts, fields, key, consumed) : null;
    // An index holds only items that have all of its key attributes: unless its sort key is a key
    // of the table (always present) or the WHERE clause requires it, items lacking it would be missed.
    if (!isTable && key.hasSortKey() && sort == null && !source.shape().keySchema().isKeyAttribute(key.sortKey())
        && !constrains(source, conjuncts, fields, key.sortKey())) {
      return null;
    }
    AccessKind kind = AccessKind.QUERY;
    if (isTable && (!key.hasSortKey() || (sort != null && sort.operator() == Operator.EQ))) {
      kind = pks.size() == 1 ? AccessKind.GET : AccessKind.BATCH_GET;
    }
    AccessPath p = new AccessPath(kind, table, index, key.partitionKey(), pks, sort, null, null, true, null, false);
    return new KeyChoice.Choice(p, consumed);
  }

  /** Whether some conjunct compares {@code attribute} with a value (so it must be present). */
  private static boolean constrains(DynamoSource source, List<RexNode> conjuncts, int[] fields, String attribute) {
    for (RexNode c : conjuncts) {
      ColumnTerm t = ColumnTerm.of(c, fields);
      if (t != null && attribute.equals(source.columns().get(t.field()).attribute())) return true;
    }
    return false;
  }

  /** {@code pk = v} or {@code pk = a OR pk = b ...} (an IN list), else null. */
  private static List<KeyValue> partitionValues(DynamoSource source, RexNode c, int[] fields, String pk) {
    List<KeyValue> out = new ArrayList<>();
    for (RexNode d : RelOptUtil.disjunctions(c)) {
      ColumnTerm t = ColumnTerm.of(d, fields);
      if (t == null || t.kind() != SqlKind.EQUALS || !pk.equals(source.columns().get(t.field()).attribute())) return null;
      KeyValue v = KeyValues.of(source, t.field(), t.value());
      if (v == null) return null;
      out.add(v);
    }
    return out.isEmpty() ? null : out;
  }

  /** One sort-key condition from the conjuncts: =, a range (two bounds make BETWEEN), or LIKE 'p%'. */
  private static SortKeyRange sort(DynamoSource source, List<RexNode> conjuncts, int[] fields, KeySchema key, Set<Integer> consumed) {
    String sk = key.sortKey();
    Integer lowAt = null, highAt = null;
    KeyValue low = null, high = null;
    SqlKind lowKind = null, highKind = null;
    for (int i = 0; i < conjuncts.size(); i++) {
      if (consumed.contains(i)) continue;
      ColumnTerm t = ColumnTerm.of(conjuncts.get(i), fields);
      if (t == null || !sk.equals(source.columns().get(t.field()).attribute())) continue;
      if (t.kind() == SqlKind.LIKE) {
        String prefix = t.likePrefix();
        if (prefix != null && key.sortType() == AttributeType.S) {
          consumed.add(i);
          return new SortKeyRange(sk, Operator.BEGINS_WITH, new KeyValue.Literal(AttributeValue.s(prefix)), null);
        }
        continue;
      }
      KeyValue v = KeyValues.of(source, t.field(), t.value());
      if (v == null) continue;
      switch (t.kind()) {
        case EQUALS:
          consumed.add(i);
          return new SortKeyRange(sk, Operator.EQ, v, null);
        case GREATER_THAN: case GREATER_THAN_OR_EQUAL:
          if (low == null) { low = v; lowKind = t.kind(); lowAt = i; }
          break;
        case LESS_THAN: case LESS_THAN_OR_EQUAL:
          if (high == null) { high = v; highKind = t.kind(); highAt = i; }
          break;
        default:
          break;
      }
    }
    if (low != null && high != null && lowKind == SqlKind.GREATER_THAN_OR_EQUAL && highKind == SqlKind.LESS_THAN_OR_EQUAL) {
      consumed.add(lowAt);
      consumed.add(highAt);
      return new SortKeyRange(sk, Operator.BETWEEN, low, high);
    }
    if (low != null) {
      consumed.add(lowAt);
      return new SortKeyRange(sk, lowKind == SqlKind.GREATER_THAN ? Operator.GT : Operator.GE, low, null);
    }
    if (high != null) {
      consumed.add(highAt);
      return new SortKeyRange(sk, highKind == SqlKind.LESS_THAN ? Operator.LT : Operator.LE, high, null);
    }
    return null;
  }
}
