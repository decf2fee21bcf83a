package io.dynasql.tck.cost;

import io.dynasql.engine.Database;
import io.dynasql.engine.api.ConsumedCapacity;
import io.dynasql.engine.api.DeleteItemRequest;
import io.dynasql.engine.api.Expr;
import io.dynasql.engine.api.GetItemRequest;
import io.dynasql.engine.api.KeysAndAttributes;
import io.dynasql.engine.api.PageResponse;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.api.QueryRequest;
import io.dynasql.engine.api.ScanRequest;
import io.dynasql.engine.api.Select;
import io.dynasql.engine.api.TransactWriteItem;
import io.dynasql.engine.api.TransactWriteItemsRequest;
import io.dynasql.engine.api.UpdateItemRequest;
import io.dynasql.engine.api.WriteRequest;
import io.dynasql.engine.model.AttributeValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Sends {@link Call}s to the twin database through the engine's API and adds up the consumed
 * capacity the engine returns with each answer (ReturnConsumedCapacity INDEXES, per table and index).
 */
final class Twin {
  private final Database db;

  Twin(Database db) {
    this.db = db;
  }

  Units run(List<Call> calls) {
    return Units.sum(calls, this::run);
  }

  Units run(Call call) {
    if (call instanceof Call.Get g) return Units.read(db.getItem(GetItemRequest.of(g.table(), g.key())).consumedCapacity(), null);
    if (call instanceof Call.BatchGet b) return batchGet(b);
    if (call instanceof Call.Query q) return pages(q, null);
    if (call instanceof Call.Scan s) return scan(s);
    if (call instanceof Call.Transact t) {
      return sum(db.transactWriteItems(TransactWriteItemsRequest.of(
          t.writes().stream().map(Twin::action).toArray(TransactWriteItem[]::new))).consumedCapacity());
    }
    if (call instanceof Call.BatchWrite b) return batchWrite(b);
    TransactWriteItem single = action(call);
    if (single instanceof TransactWriteItem.Put p) return Units.write(db.putItem(p.request()).consumedCapacity());
    if (single instanceof TransactWriteItem.Update u) return Units.write(db.updateItem(u.request()).consumedCapacity());
    return Units.write(db.deleteItem(((TransactWriteItem.Delete) single).request()).consumedCapacity());
  }

  private Units batchGet(Call.BatchGet b) {
    Units u = Units.none();
    for (int i = 0; i < b.keys().size(); i += 100) {
      var keys = KeysAndAttributes.of(b.keys().subList(i, Math.min(b.keys().size(), i + 100)));
      for (ConsumedCapacity c : db.batchGetItem(Map.of(b.table(), keys)).consumedCapacity()) u = u.plus(Units.read(c, null));
    }
    return u;
  }

  /** Every page of the query (one call when it carries a Limit); {@code into} collects the items. */
  Units pages(Call.Query q, List<Map<String, AttributeValue>> into) {
    Units u = Units.none();
    Map<String, AttributeValue> start = null;
    do {
      QueryRequest.Builder b = QueryRequest.builder(q.table()).index(q.index()).keyCondition(Expressions.keyCondition(q))
          .names(Expressions.queryNames(q)).values(Expressions.queryValues(q)).scanIndexForward(q.forward()).limit(q.limit())
          .exclusiveStartKey(start);
      if (q.filter() != null) b.filter("#f = :f");
      if (q.count()) b.select(Select.COUNT);
      PageResponse r = db.query(b.build());
      u = u.plus(Units.read(r.consumedCapacity(), q.index()));
      if (into != null) into.addAll(r.items());
      start = q.limit() == null ? r.lastEvaluatedKey() : null;
    } while (start != null);
    return u;
  }

  private Units scan(Call.Scan s) {
    Units u = Units.none();
    Map<String, AttributeValue> start = null;
    do {
      ScanRequest.Builder b = ScanRequest.builder(s.table()).limit(s.limit()).exclusiveStartKey(start);
      if (s.filter() != null) b.filter("#f = :f").names(Map.of("#f", s.filter().attribute())).values(Map.of(":f", s.filter().value()));
      if (s.count()) b.select(Select.COUNT);
      PageResponse r = db.scan(b.build());
      u = u.plus(Units.read(r.consumedCapacity(), null));
      start = s.limit() == null ? r.lastEvaluatedKey() : null;
    } while (start != null);
    return u;
  }

  private Units batchWrite(Call.BatchWrite b) {
    Units u = Units.none();
    for (int i = 0; i < b.writes().size(); i += 25) {
      List<WriteRequest> chunk = new ArrayList<>();
      for (Call w : b.writes().subList(i, Math.min(b.writes().size(), i + 25))) {
        chunk.add(w instanceof Call.Put p ? WriteRequest.put(p.item()) : WriteRequest.delete(((Call.Delete) w).key()));
      }
      u = u.plus(sum(db.batchWriteItem(Map.of(b.table(), chunk)).consumedCapacity()));
    }
    return u;
  }

  private static Units sum(List<ConsumedCapacity> cs) {
    Units u = Units.none();
    for (ConsumedCapacity c : cs) u = u.plus(Units.write(c));
    return u;
  }

  /** The request of one put, update or delete, as a transaction's action. */
  private static TransactWriteItem action(Call w) {
    if (w instanceof Call.Put p) return new TransactWriteItem.Put(PutItemRequest.of(p.table(), p.item()));
    if (w instanceof Call.Update u) {
      return new TransactWriteItem.Update(UpdateItemRequest.of(u.table(), u.key(), Expressions.setExpression(u.set()),
          new Expr(Expressions.names(u.set()), Expressions.values(u.set()))));
    }
    if (w instanceof Call.Delete d) return new TransactWriteItem.Delete(DeleteItemRequest.of(d.table(), d.key()));
    throw new IllegalArgumentException("not a single-item write: " + w);
  }
}
