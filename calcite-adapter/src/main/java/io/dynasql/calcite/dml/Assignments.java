package io.dynasql.calcite.dml;

import io.dynasql.calcite.SqlColumn;
import io.dynasql.engine.api.Expr;
import io.dynasql.engine.api.UpdateItemRequest;
import io.dynasql.engine.model.AttributeValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;

/**
 * An UPDATE's SET list as one DynamoDB update expression, when every assignment is a value the
 * column holds unchanged ({@code c = ?}, {@code c = 'x'}, {@code c = NULL}) or an exact step of
 * the column itself ({@code n = n + ?}, {@code n = n - 1}, {@code n = 1 + n}) in an integer or
 * DECIMAL column. DynamoDB applies {@code SET n = n + :d} atomically, so concurrent increments
 * are never lost.
 *
 * <p>SQL's rules stay SQL's: a step applies only if the item exists, the column holds a number
 * and the result stays within the column's type, all written as the update's condition. When the
 * condition fails the caller runs the statement through SQL instead, which yields NULL for a NULL
 * column, 22003 for an overflow, and no row for a missing item.
 */
final class Assignments {
  private Assignments() {}

  /** The update of the item with {@code key}, or null when some assignment is not of these forms. */
  static UpdateItemRequest update(TargetTable t, DmlStatement.Update u, Map<String, AttributeValue> key, List<Object> params) {
    List<SqlColumn> columns = t.writableColumns(u.columns());
    Map<String, String> names = new HashMap<>();
    Map<String, AttributeValue> values = new HashMap<>();
    names.put("#pk", t.partitionKey().ref().attribute());
    List<String> sets = new ArrayList<>();
    List<String> removes = new ArrayList<>();
    List<String> conditions = new ArrayList<>(List.of("attribute_exists(#pk)"));
    Attributes attributes = new Attributes(t);
    for (int i = 0; i < columns.size(); i++) {
      SqlColumn c = columns.get(i);
      if (t.isKey(c)) return null; // the general path refuses it with its message
      String name = "#c" + i;
      names.put(name, c.ref().attribute());
      SqlNode e = u.values().get(i);
      Object plain = ExactValues.of(e, c, params);
      if (plain != ExactValues.NOT_EXACT) {
        AttributeValue v = attributes.of(plain, c); // null for NULL and for an empty array: no attribute
        if (v == null) {
          removes.add(name);
        } else {
          sets.add(name + " = :v" + i);
          values.put(":v" + i, v);
        }
        continue;
      }
      BigDecimal step = step(t, u, c, e, params);
      if (step == null) return null;
      sets.add(name + " = " + name + " + :v" + i);
      values.put(":v" + i, AttributeValue.n(step));
      values.put(":n", AttributeValue.s("N"));
      conditions.add("attribute_type(" + name + ", :n)");
      Bounds b = Bounds.of(c, step);
      if (b == null) return null;
      if (b.below() != null) {
        conditions.add(name + " < :hi" + i);
        values.put(":hi" + i, AttributeValue.n(b.below()));
      }
      if (b.above() != null) {
        conditions.add(name + " > :lo" + i);
        values.put(":lo" + i, AttributeValue.n(b.above()));
      }
    }
    String expression = (sets.isEmpty() ? "" : "SET " + String.join(", ", sets) + " ")
        + (removes.isEmpty() ? "" : "REMOVE " + String.join(", ", removes));
    return UpdateItemRequest.of(t.name(), key, expression.trim(), new Expr(names, values.isEmpty() ? null : values))
        .withCondition(String.join(" AND ", conditions));
  }

  /** The signed step of {@code c = c + x} / {@code c = c - x} / {@code c = x + c}, or null. */
  private static BigDecimal step(TargetTable t, DmlStatement.Update u, SqlColumn c, SqlNode e, List<Object> params) {
    if (!(e instanceof SqlBasicCall call) || (call.getKind() != SqlKind.PLUS && call.getKind() != SqlKind.MINUS)) return null;
    if (call.operandCount() != 2) return null;
    SqlNode self = call.operand(0);
    SqlNode other = call.operand(1);
    if (!c.equals(KeyTarget.column(t, u.table(), u.alias(), self))) {
      if (call.getKind() == SqlKind.MINUS || !c.equals(KeyTarget.column(t, u.table(), u.alias(), other))) return null;
      SqlNode swap = self;
      self = other;
      other = swap;
    }
    Object x = ExactValues.of(other, c, params);
    if (x == null || x == ExactValues.NOT_EXACT) return null;
    BigDecimal d = ExactValues.decimal(x);
    return call.getKind() == SqlKind.MINUS ? d.negate() : d;
  }
}
