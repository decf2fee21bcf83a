package io.dynasql.calcite.dml;

import io.dynasql.calcite.SqlColumn;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.api.TransactWriteItem;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.calcite.exec.SqlSession;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * INSERT and UPSERT as puts: each row ({@link InsertRows}) becomes an item of the named columns
 * (NULL leaves the attribute out). An INSERT put carries
 * {@code attribute_not_exists(partition key)}, so an existing key cancels the statement; an
 * UPSERT put replaces the whole item, and when it names one key twice the last row wins.
 */
final class Inserts {
  private Inserts() {}

  static List<TransactWriteItem> actions(DmlContext context, TargetTable t, DmlStatement.Insert ins, List<Object> params)
      throws SQLException {
    List<SqlColumn> targets = targets(t, ins);
    List<Object[]> rows = InsertRows.of(context, ins.source(), targets, params, t.name());
    Attributes attributes = new Attributes(t);
    if (rows.size() == 1) { // a batch's usual row: no key map to find repeats in
      Map<String, AttributeValue> item = item(t, targets, rows.get(0), attributes);
      attributes.checkKey(item);
      return List.of(put(t, ins, item));
    }
    Map<Map<String, AttributeValue>, Map<String, AttributeValue>> items = new LinkedHashMap<>();
    for (Object[] row : rows) {
      Map<String, AttributeValue> item = item(t, targets, row, attributes);
      Map<String, AttributeValue> key = attributes.newKey(item);
      if (items.put(key, item) != null && !ins.upsert()) {
        throw new DuplicateKeyException(t.name(), attributes.describe(key), true, null);
      }
    }
    List<TransactWriteItem> puts = new ArrayList<>(items.size());
    for (Map<String, AttributeValue> item : items.values()) puts.add(put(t, ins, item));
    return puts;
  }

  /** The item of one row: its named columns' attributes, a NULL one left out. */
  private static Map<String, AttributeValue> item(TargetTable t, List<SqlColumn> targets, Object[] row, Attributes attributes) {
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    for (int i = 0; i < targets.size(); i++) {
      if (t.isItem(targets.get(i))) {
        if (row[i] != null) throw t.itemWritten();
        continue; // named with NULL: nothing to write
      }
      AttributeValue v = attributes.of(row[i], targets.get(i));
      if (v != null) item.put(targets.get(i).ref().attribute(), v);
    }
    return item;
  }

  private static TransactWriteItem put(TargetTable t, DmlStatement.Insert ins, Map<String, AttributeValue> item) {
    PutItemRequest put = PutItemRequest.of(t.name(), item);
    return new TransactWriteItem.Put(ins.upsert() ? put : put.withCondition("attribute_not_exists(#pk)", t.pkName()));
  }

  /** The columns {@code ins} writes, in the order of its values: those named, else every writable column. */
  static List<SqlColumn> targets(TargetTable t, DmlStatement.Insert ins) {
    return ins.columns().isEmpty() ? t.writableColumns() : t.insertColumns(ins.columns());
  }
}
