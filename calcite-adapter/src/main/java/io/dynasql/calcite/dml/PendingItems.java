package io.dynasql.calcite.dml;

import io.dynasql.engine.Database;
import io.dynasql.engine.api.DeleteItemRequest;
import io.dynasql.engine.api.Expr;
import io.dynasql.engine.api.GetItemRequest;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.api.TransactWriteItem;
import io.dynasql.engine.error.ConditionalCheckFailedException;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.pushdown.PendingWrites;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An open transaction's writes, kept as the items they leave: each statement's actions are
 * applied (conditions checked, items validated, by the engine's {@link io.dynasql.engine.StatementWrites#preview}) on top
 * of what the transaction already wrote, else on the committed item. The transaction's own
 * reads see these items ({@link PendingWrites}); at commit each written key becomes one put or
 * delete of its final item ({@link #commitWrites}).
 */
public final class PendingItems implements PendingWrites {
  /**
   * One key's pending state: the item (null: deleted), whether the transaction inserted it, and
   * the committed item it replaces (null: none), from which a materialized view's groups move.
   */
  private record Pending(TargetTable table, Map<String, AttributeValue> item, boolean inserted,
      Map<String, AttributeValue> committed) {}

  private final Map<String, Map<Map<String, AttributeValue>, Pending>> byTable = new LinkedHashMap<>();

  @Override
  public synchronized Map<Map<String, AttributeValue>, Map<String, AttributeValue>> of(String table) {
    Map<Map<String, AttributeValue>, Pending> keys = byTable.get(table);
    if (keys == null) return PendingViews.of(table, byTable.values());
    Map<Map<String, AttributeValue>, Map<String, AttributeValue>> out = new LinkedHashMap<>();
    keys.forEach((k, p) -> out.put(k, p.item()));
    return out;
  }

  public synchronized boolean isEmpty() {
    return byTable.isEmpty();
  }

  /**
   * Applies a statement's writes: all of them or, when one fails (a duplicate key: 23505), none.
   * Returns the rows written.
   */
  public synchronized int apply(Database db, DmlExecutor.PendingWrite w) {
    TargetTable t = w.table();
    Map<Map<String, AttributeValue>, Pending> keys = byTable.getOrDefault(t.name(), new LinkedHashMap<>());
    Map<Map<String, AttributeValue>, Pending> next = new LinkedHashMap<>();
    for (TransactWriteItem a : w.actions()) {
      Map<String, AttributeValue> key = t.descriptor().keySchema().keyOf(itemOrKey(a));
      Pending before = next.containsKey(key) ? next.get(key) : keys.get(key);
      Map<String, AttributeValue> current = before != null ? before.item()
          : db.getItem(GetItemRequest.of(t.name(), key)).item();
      Map<String, AttributeValue> after;
      try {
        after = db.statementWrites().preview(a, current);
      } catch (ConditionalCheckFailedException e) {
        if (w.insert()) throw new DuplicateKeyException(t.name(), new Attributes(t).describe(key), false, e);
        continue; // an UPDATE or DELETE of an item gone meanwhile: not a row
      }
      boolean inserted = before != null ? before.inserted() : w.insert(); // absent before the transaction
      next.put(key, new Pending(t, after, inserted, before != null ? before.committed() : current));
    }
    keys.putAll(next);
    byTable.put(t.name(), keys);
    return next.size();
  }

  /**
   * The commit: per table, one put of each written item's final state (on condition that no item
   * has the key, for a key this transaction inserted) or one delete; keys inserted and deleted
   * again write nothing.
   */
  public synchronized List<DmlExecutor.PendingWrite> commitWrites() {
    List<DmlExecutor.PendingWrite> out = new ArrayList<>();
    for (Map<Map<String, AttributeValue>, Pending> keys : byTable.values()) {
      List<TransactWriteItem> inserts = new ArrayList<>();
      List<TransactWriteItem> others = new ArrayList<>();
      TargetTable t = null;
      for (Map.Entry<Map<String, AttributeValue>, Pending> e : keys.entrySet()) {
        Pending p = e.getValue();
        t = p.table();
        Expr pk = t.pkName();
        if (p.inserted() && p.item() != null) {
          inserts.add(new TransactWriteItem.Put(PutItemRequest.of(t.name(), p.item()).withCondition("attribute_not_exists(#pk)", pk)));
        } else if (p.item() != null) {
          others.add(new TransactWriteItem.Put(PutItemRequest.of(t.name(), p.item())));
        } else if (!p.inserted()) {
          others.add(new TransactWriteItem.Delete(DeleteItemRequest.of(t.name(), e.getKey())));
        }
      }
      if (!inserts.isEmpty()) out.add(new DmlExecutor.PendingWrite(t, inserts, true));
      if (!others.isEmpty()) out.add(new DmlExecutor.PendingWrite(t, others, false));
    }
    return out;
  }

  /** The pending base changes under a view, as {@link PendingViews} reads them. */
  static java.util.List<io.dynasql.engine.rollup.PendingGroups.Change> changes(Map<Map<String, AttributeValue>, ?> keys) {
    java.util.List<io.dynasql.engine.rollup.PendingGroups.Change> out = new ArrayList<>();
    for (Object o : keys.values()) {
      Pending p = (Pending) o;
      out.add(new io.dynasql.engine.rollup.PendingGroups.Change(p.committed(), p.item()));
    }
    return out;
  }

  /** The table a key set belongs to. */
  static TargetTable tableOf(Map<Map<String, AttributeValue>, ?> keys) {
    return ((Pending) keys.values().iterator().next()).table();
  }

  public synchronized void clear() {
    byTable.clear();
  }

  private static Map<String, AttributeValue> itemOrKey(TransactWriteItem a) {
    if (a instanceof TransactWriteItem.Put p) return p.request().item();
    if (a instanceof TransactWriteItem.Update u) return u.request().key();
    if (a instanceof TransactWriteItem.Delete d) return d.request().key();
    return ((TransactWriteItem.Check) a).request().key();
  }
}
