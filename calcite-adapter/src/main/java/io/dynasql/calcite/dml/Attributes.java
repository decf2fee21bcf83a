package io.dynasql.calcite.dml;

import io.dynasql.calcite.ColumnFit;
import io.dynasql.calcite.ItemJson;
import io.dynasql.calcite.JavaKinds;
import io.dynasql.calcite.SqlArrays;
import io.dynasql.calcite.SqlColumn;
import io.dynasql.calcite.SqlValues;
import io.dynasql.engine.model.AttributeValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** SQL values to attribute values for one table, with errors that name the column and table. */
final class Attributes {
  private final TargetTable table;

  Attributes(TargetTable table) {
    this.table = table;
  }

  /**
   * The attribute for {@code value} in column {@code c}, or null for NULL (the attribute is
   * absent) and for an empty array (DynamoDB has no empty sets).
   */
  AttributeValue of(Object value, SqlColumn c) {
    if (value == null) return null;
    String refusal = JavaKinds.refusal(value, c.type(), c.component());
    if (refusal != null) {
      throw new DmlException(DmlException.BAD_VALUE, "A value of Java type " + JavaKinds.name(value) + " cannot be stored in column "
          + TargetTable.describe(c) + " of table " + table.name() + ": " + refusal);
    }
    AttributeValue v = SqlValues.toAttribute(value, c);
    ColumnFit.Misfit misfit = v instanceof AttributeValue.N n ? ColumnFit.number(n, c) : null;
    if (misfit != null) {
      throw new DmlException(misfit.sqlState(), "Value " + shown(value) + " cannot be stored in column "
          + TargetTable.describe(c) + " of table " + table.name() + ": " + misfit.reason());
    }
    if (v == null && !SqlArrays.isEmptyArray(value)) {
      throw new DmlException(DmlException.BAD_VALUE, "Value " + shown(value) + " cannot be stored in column "
          + TargetTable.describe(c) + " of table " + table.name());
    }
    return v;
  }

  /** The key of a row to insert: a NULL key column is an error. */
  Map<String, AttributeValue> newKey(Map<String, AttributeValue> item) {
    checkKey(item);
    return table.descriptor().keySchema().keyOf(item);
  }

  /** Refuses a row to insert whose key column is NULL. */
  void checkKey(Map<String, AttributeValue> item) {
    checkKeyColumn(table.partitionKey(), item);
    SqlColumn sort = table.sortKey();
    if (sort != null) checkKeyColumn(sort, item);
  }

  private void checkKeyColumn(SqlColumn k, Map<String, AttributeValue> item) {
    if (item.get(k.ref().attribute()) == null) {
      throw new DmlException(DmlException.NULL_KEY, "Key column " + k.name() + " of table " + table.name() + " cannot be NULL");
    }
  }

  /** The key of a stored item from the key columns SQL read ({@code values} in key order). */
  Map<String, AttributeValue> storedKey(Object[] values) {
    Map<String, AttributeValue> key = new LinkedHashMap<>();
    List<SqlColumn> keys = keyColumns();
    for (int i = 0; i < keys.size(); i++) {
      AttributeValue v = values[i] == null ? null : SqlValues.toAttribute(values[i], keys.get(i));
      if (v == null) {
        // The item's key is of a value the column's declared type cannot show (1.5 in a BIGINT key).
        throw new DmlException(DmlException.DATA, "An item of table " + table.name() + " has a key that column "
            + TargetTable.describe(keys.get(i)) + " cannot represent, so SQL cannot address it");
      }
      key.put(keys.get(i).ref().attribute(), v);
    }
    return key;
  }

  /** The key columns: partition key, then sort key if any. */
  List<SqlColumn> keyColumns() {
    List<SqlColumn> keys = new ArrayList<>();
    keys.add(table.partitionKey());
    if (table.sortKey() != null) keys.add(table.sortKey());
    return keys;
  }

  /** A key for messages, in SQL literal style: {@code customer = 'alice', orderId = 7}. */
  String describe(Map<String, AttributeValue> key) {
    List<String> parts = new ArrayList<>();
    for (SqlColumn k : keyColumns()) {
      AttributeValue v = key.get(k.ref().attribute());
      String shown = v instanceof AttributeValue.S s ? "'" + s.value().replace("'", "''") + "'" : ItemJson.of(v);
      parts.add(k.name() + " = " + shown);
    }
    return String.join(", ", parts);
  }

  private static String shown(Object value) {
    if (value instanceof byte[] b) return "(a binary of " + b.length + " bytes)";
    String s = value instanceof String ? "'" + value + "'" : String.valueOf(value);
    return s.length() > 60 ? s.substring(0, 57) + "..." : s;
  }
}
