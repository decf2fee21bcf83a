package io.dynasql.calcite.dml;

import io.dynasql.calcite.SqlColumn;
import io.dynasql.engine.api.DeleteItemRequest;
import io.dynasql.engine.api.Expr;
import io.dynasql.engine.api.UpdateItemRequest;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.calcite.SqlValues;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.util.SqlBasicVisitor;

/**
 * What keeps a source's UPDATE or DELETE from overwriting a change made between its read and its
 * writes. A source's items carry no version dynasql could check, so each UpdateItem / DeleteItem
 * carries, as its ConditionExpression, that every column the statement's WHERE and SET read still
 * holds the value read ({@code #g0 = :g0}, {@code attribute_not_exists(#g1)} for a column read as
 * NULL): an item changed since is left alone and not counted.
 */
final class Guards {
  private Guards() {}

  /** One write's guard: its condition and placeholders ({@code #g}, {@code :g}, which no other part of a write uses). */
  record Guard(String condition, Map<String, String> names, Map<String, AttributeValue> values) {}

  /** The non-key columns of the target that {@code nodes} read, each once, in order of appearance. */
  static List<SqlColumn> columns(TargetTable t, String written, String alias, List<SqlNode> nodes) {
    Set<SqlColumn> found = new LinkedHashSet<>();
    SqlBasicVisitor<Void> visitor = new SqlBasicVisitor<>() {
      @Override
      public Void visit(SqlIdentifier id) {
        SqlColumn c = KeyTarget.column(t, written, alias, id);
        if (c != null && !t.isKey(c)) found.add(c);
        return null;
      }
    };
    for (SqlNode n : nodes) if (n != null) n.accept(visitor);
    return new ArrayList<>(found);
  }

  /** The query items reading {@code columns}, qualified as the statement's table is. */
  static List<SqlNode> reads(List<SqlColumn> columns, String written, String alias) {
    String qualifier = alias == null ? written : alias;
    List<SqlNode> out = new ArrayList<>();
    for (SqlColumn c : columns) out.add(new SqlIdentifier(List.of(qualifier, c.name()), SqlParserPos.ZERO));
    return out;
  }

  /** The guard of a row whose guarded columns' values start at {@code row[from]}. */
  static Guard of(List<SqlColumn> columns, Object[] row, int from) {
    List<String> parts = new ArrayList<>();
    Map<String, String> names = new HashMap<>();
    Map<String, AttributeValue> values = new HashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      SqlColumn c = columns.get(i);
      names.put("#g" + i, c.ref().attribute());
      Object read = row[from + i];
      AttributeValue v = read == null ? null : SqlValues.toAttribute(read, c);
      if (v == null) {
        parts.add("attribute_not_exists(#g" + i + ")");
      } else {
        parts.add("#g" + i + " = :g" + i);
        values.put(":g" + i, v);
      }
    }
    return new Guard(String.join(" AND ", parts), names, values);
  }

  static UpdateItemRequest apply(UpdateItemRequest r, Guard g) {
    if (g.condition().isEmpty()) return r;
    Expr e = merged(r.expr(), g);
    return new UpdateItemRequest(r.tableName(), r.key(), r.updateExpression(), r.conditionExpression() + " AND " + g.condition(),
        e, r.returnValues(), r.returnOldOnConditionFailure());
  }

  static DeleteItemRequest apply(DeleteItemRequest r, Guard g) {
    if (g.condition().isEmpty()) return r;
    return r.withCondition(r.conditionExpression() + " AND " + g.condition(), merged(r.expr(), g));
  }

  private static Expr merged(Expr e, Guard g) {
    Map<String, String> names = new HashMap<>(e.names() == null ? Map.of() : e.names());
    names.putAll(g.names());
    Map<String, AttributeValue> values = new HashMap<>(e.values() == null ? Map.of() : e.values());
    values.putAll(g.values());
    return new Expr(names, values.isEmpty() ? null : values);
  }
}
