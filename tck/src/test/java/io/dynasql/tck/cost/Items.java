package io.dynasql.tck.cost;

import io.dynasql.engine.Database;
import io.dynasql.engine.api.GetItemRequest;
import io.dynasql.engine.api.PageResponse;
import io.dynasql.engine.api.QueryRequest;
import io.dynasql.engine.api.ScanRequest;
import io.dynasql.engine.model.AttributeValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The items a call touches, read from the twin before the call: only their contents are used (to
 * size them), never the capacity these reads report.
 */
final class Items {
  private final Database db;

  Items(Database db) {
    this.db = db;
  }

  /** The stored item with {@code key}, or null. */
  Map<String, AttributeValue> get(String table, Map<String, AttributeValue> key) {
    return db.getItem(GetItemRequest.of(table, key)).item();
  }

  /** The key of the item a single-item write targets. */
  Map<String, AttributeValue> key(Call write) {
    if (write instanceof Call.Update u) return u.key();
    if (write instanceof Call.Delete d) return d.key();
    Map<String, AttributeValue> key = new LinkedHashMap<>();
    for (String name : Fixture.keyNames(write.table())) key.put(name, ((Call.Put) write).item().get(name));
    return key;
  }

  /** The items a Query evaluates: its key condition's items in its direction, the first {@code Limit}. */
  List<Map<String, AttributeValue>> evaluated(Call.Query q) {
    List<Map<String, AttributeValue>> all = new ArrayList<>();
    Map<String, AttributeValue> start = null;
    do {
      PageResponse r = db.query(QueryRequest.builder(q.table()).index(q.index()).keyCondition(Expressions.keyCondition(q))
          .names(keyNames(q)).values(keyValues(q)).scanIndexForward(q.forward()).exclusiveStartKey(start).build());
      all.addAll(r.items());
      start = r.lastEvaluatedKey();
    } while (start != null);
    return first(all, q.limit());
  }

  /** The items a Scan evaluates: the table in scan order, the first {@code Limit}. */
  List<Map<String, AttributeValue>> evaluated(Call.Scan s) {
    List<Map<String, AttributeValue>> all = new ArrayList<>();
    Map<String, AttributeValue> start = null;
    do {
      PageResponse r = db.scan(ScanRequest.builder(s.table()).exclusiveStartKey(start).build());
      all.addAll(r.items());
      start = r.lastEvaluatedKey();
    } while (start != null);
    return first(all, s.limit());
  }

  private static List<Map<String, AttributeValue>> first(List<Map<String, AttributeValue>> all, Integer limit) {
    return limit == null || limit >= all.size() ? all : all.subList(0, limit);
  }

  private static Map<String, String> keyNames(Call.Query q) {
    Map<String, String> m = new LinkedHashMap<>(Expressions.queryNames(q));
    m.remove("#f");
    return m;
  }

  private static Map<String, AttributeValue> keyValues(Call.Query q) {
    Map<String, AttributeValue> m = new LinkedHashMap<>(Expressions.queryValues(q));
    m.remove(":f");
    return m;
  }
}
