package io.dynasql.calcite.dml;

import io.dynasql.engine.api.DeleteItemRequest;
import io.dynasql.engine.api.Expr;
import io.dynasql.engine.api.TransactWriteItem;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.calcite.exec.SqlSession;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * DELETE as item deletes: one query reads the keys of the matching rows, and each becomes a
 * delete on condition that the item still exists, so only items actually removed are counted.
 */
final class Deletes {
  private Deletes() {}

  static List<TransactWriteItem> actions(DmlContext context, TargetTable t, DmlStatement.Delete d, List<Object> params)
      throws SQLException {
    // A source's delete checks that the columns its WHERE read are unchanged (Guards).
    List<io.dynasql.calcite.SqlColumn> guards = t.source() == null || d.where() == null ? List.of()
        : Guards.columns(t, d.table(), d.alias(), java.util.Collections.singletonList(d.where()));
    ReadQuery.Rows rows = KeyedRows.query(t, d.table(), d.alias(), Guards.reads(guards, d.table(), d.alias()), d.where())
        .run(context, params);
    Attributes attributes = new Attributes(t);
    Expr names = t.pkName();
    Map<Map<String, AttributeValue>, TransactWriteItem> deletes = new LinkedHashMap<>();
    for (Object[] row : rows.values()) {
      Map<String, AttributeValue> key = attributes.storedKey(row);
      DeleteItemRequest r = DeleteItemRequest.of(t.name(), key).withCondition("attribute_exists(#pk)", names);
      if (!guards.isEmpty()) r = Guards.apply(r, Guards.of(guards, row, attributes.keyColumns().size()));
      deletes.put(key, new TransactWriteItem.Delete(r));
    }
    return new ArrayList<>(deletes.values());
  }
}
