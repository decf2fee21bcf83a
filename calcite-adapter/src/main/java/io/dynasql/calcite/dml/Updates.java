package io.dynasql.calcite.dml;

import io.dynasql.calcite.SqlColumn;
import io.dynasql.engine.api.Expr;
import io.dynasql.engine.api.TransactWriteItem;
import io.dynasql.engine.api.UpdateItemRequest;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.calcite.exec.SqlSession;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.calcite.sql.SqlDynamicParam;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * UPDATE as item updates. One query reads the key and every new value of each matching row
 * (SQL computes the expressions); each row then becomes an update that SETs the columns, or
 * REMOVEs those whose new value is NULL, on condition that the item still exists: an item
 * deleted since the read is skipped, not re-created.
 */
final class Updates {
  private Updates() {}

  static List<TransactWriteItem> actions(DmlContext context, TargetTable t, DmlStatement.Update u, List<Object> params)
      throws SQLException {
    List<SqlColumn> columns = columns(t, u);
    List<SqlNode> values = values(u, columns, params);
    // A source's write checks that what the statement read is unchanged (Guards); dynasql's checks item versions.
    List<SqlNode> read = new ArrayList<>(u.values());
    read.add(u.where());
    List<SqlColumn> guards = t.source() == null ? List.of() : Guards.columns(t, u.table(), u.alias(), read);
    List<SqlNode> items = new ArrayList<>(values);
    items.addAll(Guards.reads(guards, u.table(), u.alias()));
    ReadQuery.Rows rows = KeyedRows.query(t, u.table(), u.alias(), items, u.where()).run(context, params);
    Attributes attributes = new Attributes(t);
    int keyWidth = attributes.keyColumns().size();
    Map<Map<String, AttributeValue>, TransactWriteItem> updates = new LinkedHashMap<>();
    for (Object[] row : rows.values()) {
      for (int i = 0; i < columns.size(); i++) {
        if (values.get(i) == BOUND_ARRAY) row[keyWidth + i] = params.get(((SqlDynamicParam) u.values().get(i)).getIndex());
      }
      Map<String, AttributeValue> key = attributes.storedKey(row);
      UpdateItemRequest r = update(t, attributes, key, columns, row, keyWidth);
      if (!guards.isEmpty()) r = Guards.apply(r, Guards.of(guards, row, keyWidth + columns.size()));
      updates.put(key, new TransactWriteItem.Update(r));
    }
    return new ArrayList<>(updates.values());
  }

  /** The columns {@code u} sets, refusing unknown names, the whole-item column and key columns. */
  static List<SqlColumn> columns(TargetTable t, DmlStatement.Update u) {
    List<SqlColumn> columns = t.writableColumns(u.columns());
    for (SqlColumn c : columns) {
      if (t.isKey(c)) {
        throw new DmlException(DmlException.REFUSED, "Cannot update key column " + c.name() + " of table "
            + t.name() + ": delete and insert instead");
      }
    }
    return columns;
  }

  /** The query items computing each new value of {@code columns}, typed. */
  static List<SqlNode> values(DmlStatement.Update u, List<SqlColumn> columns, List<Object> params) {
    List<SqlNode> values = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) values.add(bound(u.values().get(i), columns.get(i), params));
    return values;
  }

  /** Stands in the query for a bound array, which the update takes as bound (see {@link #bound}). */
  private static final SqlNode BOUND_ARRAY = ParameterTypes.cast(SqlLiteral.createNull(SqlParserPos.ZERO), ParameterTypes.varchar());

  /**
   * The query item computing {@code e}, typed ({@link ParameterTypes}). An array bound to an
   * ARRAY column is not sent through SQL: {@link BoundParameters} made it the set's elements
   * already, and SQL's array parameters would only cast them again (a List of integers bound
   * as DECIMAL ARRAY came back as [0]).
   */
  private static SqlNode bound(SqlNode e, SqlColumn c, List<Object> params) {
    if (c.type() == SqlTypeName.ARRAY && e instanceof SqlDynamicParam p && params.get(p.getIndex()) instanceof List) {
      return BOUND_ARRAY;
    }
    return ParameterTypes.typed(e, c, params);
  }

  private static UpdateItemRequest update(TargetTable t, Attributes attributes, Map<String, AttributeValue> key,
      List<SqlColumn> columns, Object[] row, int keyWidth) {
    Map<String, String> names = new HashMap<>();
    names.put("#pk", t.partitionKey().ref().attribute());
    Map<String, AttributeValue> values = new HashMap<>();
    List<String> sets = new ArrayList<>();
    List<String> removes = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      SqlColumn c = columns.get(i);
      names.put("#c" + i, c.ref().attribute());
      AttributeValue v = attributes.of(row[keyWidth + i], c);
      if (v == null) {
        removes.add("#c" + i);
      } else {
        sets.add("#c" + i + " = :v" + i);
        values.put(":v" + i, v);
      }
    }
    String expression = (sets.isEmpty() ? "" : "SET " + String.join(", ", sets) + " ")
        + (removes.isEmpty() ? "" : "REMOVE " + String.join(", ", removes));
    Expr placeholders = new Expr(names, values.isEmpty() ? null : values);
    return UpdateItemRequest.of(t.name(), key, expression.trim(), placeholders).withCondition("attribute_exists(#pk)");
  }
}
