package io.dynasql.engine.ops;

import io.dynasql.engine.api.ConsumedCapacity;
import io.dynasql.engine.api.Expr;
import io.dynasql.engine.capacity.CapacityRules;
import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.changelog.Actor;
import io.dynasql.engine.codec.ItemSize;
import io.dynasql.engine.error.ConditionalCheckFailedException;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.table.ItemStore;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.agrona.DirectBuffer;
import org.lmdbjava.Txn;

/**
 * One item write, split in two: {@code prepare*} validates and compiles on the caller's thread;
 * {@link #apply} runs in the writer's transaction as a pure function of the stored item, so it
 * can be retried. Shared by the single-item operations, BatchWriteItem and TransactWriteItems.
 */
final class ItemWrites {
  /** What kind of write. */
  enum Kind { PUT, UPDATE, DELETE, CHECK }

  /**
   * A validated, compiled write, ready for the writer thread; {@code size} is the size of the
   * validated {@code item} (a put's), or -1.
   */
  record Write(Kind kind, TableDescriptor table, Map<String, AttributeValue> key,
      Map<String, AttributeValue> item, Compiled.Condition condition, Compiled.Update update,
      boolean returnOldOnFailure, boolean transactional, int size) {}

  /** What a write did: the item before and after, the touched paths, and the units. */
  record Result(Map<String, AttributeValue> oldItem, Map<String, AttributeValue> newItem,
      Compiled.Projection touched, ConsumedCapacity capacity) {}

  private final Engine engine;

  ItemWrites(Engine engine) {
    this.engine = engine;
  }

  /** The table as the catalog has it now, or ResourceNotFoundException. */
  TableDescriptor table(String name) {
    Names.checkTable(name);
    return engine.store().read(txn -> engine.catalog().table(txn, name));
  }

  Write preparePut(String tableName, Map<String, AttributeValue> item, String condition, Expr expr,
      boolean returnOld, boolean transactional) {
    return preparePut(table(tableName), item, condition, expr, returnOld, transactional);
  }

  Write preparePut(TableDescriptor t, Map<String, AttributeValue> item, String condition, Expr expr,
      boolean returnOld, boolean transactional) {
    return preparePut(t, item, condition, expr, returnOld, transactional, null);
  }

  /** The same, compiling the condition through {@code shared} when not null. */
  Write preparePut(TableDescriptor t, Map<String, AttributeValue> item, String condition, Expr expr,
      boolean returnOld, boolean transactional, SharedPreparation shared) {
    int size = ItemValidator.checkItem(t, item);
    Compiled.Condition c = shared == null ? condition(condition, expr) : shared.condition(condition, expr);
    return new Write(Kind.PUT, t, t.keySchema().keyOf(item), item, c, null, returnOld, transactional, size);
  }

  /** A request's only expression, its condition, compiled (null: none); unused placeholders are refused. */
  static Compiled.Condition condition(String condition, Expr expr) {
    RequestExpressions ex = RequestExpressions.of(expr);
    Compiled.Condition c = ex.condition("ConditionExpression", condition);
    ex.checkAllUsed();
    return c;
  }

  Write prepareDelete(String tableName, Map<String, AttributeValue> key, String condition, Expr expr,
      boolean returnOld, boolean transactional) {
    return prepareDelete(table(tableName), key, condition, expr, returnOld, transactional);
  }

  Write prepareDelete(TableDescriptor t, Map<String, AttributeValue> key, String condition, Expr expr,
      boolean returnOld, boolean transactional) {
    return prepareDelete(t, key, condition, expr, returnOld, transactional, null);
  }

  /** The same, compiling the condition through {@code shared} when not null. */
  Write prepareDelete(TableDescriptor t, Map<String, AttributeValue> key, String condition, Expr expr,
      boolean returnOld, boolean transactional, SharedPreparation shared) {
    ItemValidator.checkKey(t, key);
    Compiled.Condition c = shared == null ? condition(condition, expr) : shared.condition(condition, expr);
    return new Write(Kind.DELETE, t, key, null, c, null, returnOld, transactional, -1);
  }

  Write prepareCheck(String tableName, Map<String, AttributeValue> key, String condition, Expr expr, boolean returnOld) {
    TableDescriptor t = table(tableName);
    ItemValidator.checkKey(t, key);
    RequestExpressions ex = RequestExpressions.of(expr);
    Compiled.Condition c = ex.condition("ConditionExpression", condition);
    ex.checkAllUsed();
    if (c == null) {
      throw new io.dynasql.engine.error.ValidationException("ConditionCheck needs a ConditionExpression (table " + tableName + ")");
    }
    return new Write(Kind.CHECK, t, key, null, c, null, returnOld, true, -1);
  }

  Write prepareUpdate(String tableName, Map<String, AttributeValue> key, String update, String condition,
      Expr expr, boolean returnOld, boolean transactional) {
    TableDescriptor t = table(tableName);
    ItemValidator.checkKey(t, key);
    RequestExpressions ex = RequestExpressions.of(expr);
    Compiled.Update u = ex.update(update);
    Compiled.Condition c = ex.condition("ConditionExpression", condition);
    ex.checkAllUsed();
    return new Write(Kind.UPDATE, t, key, null, c, u, returnOld, transactional, -1);
  }

  /** The stored item this write targets, or null. */
  Map<String, AttributeValue> current(Txn<DirectBuffer> txn, Write w) {
    return engine.items().get(txn, w.table(), w.key());
  }

  /** Throws ConditionalCheckFailedException unless the write's condition holds on {@code old}. */
  void check(Write w, Map<String, AttributeValue> old) {
    if (w.condition() == null) return;
    if (!w.condition().test(old == null ? Map.of() : old)) {
      throw new ConditionalCheckFailedException("The conditional request failed (table " + w.table().name() + ")",
          w.returnOldOnFailure() ? old : null, failedCharge(w, old));
    }
  }

  /**
   * What DynamoDB still charges when the condition is false: the stored item's size (one unit
   * when there is none), never the refused new item's, on the table only since no index changed;
   * doubled in a transaction, whose every item is prepared before any condition can cancel it
   * (developerguide/transaction-apis.html#transaction-capacity-handling). A ConditionCheck is
   * charged its read whether or not it holds.
   */
  private static ConsumedCapacity failedCharge(Write w, Map<String, AttributeValue> old) {
    int stored = old == null ? 0 : ItemSize.of(old);
    if (w.kind() == Kind.CHECK) return CapacityBuilder.reads(w.table(), null, CapacityRules.readUnits(stored, true) * factor(w));
    return CapacityBuilder.writes(w.table(), CapacityRules.failedConditionalWriteUnits(stored), Map.of(), factor(w));
  }

  /** Runs the write in the writer's transaction. */
  Result apply(Txn<DirectBuffer> txn, Write w) {
    return apply(txn, w, engine.catalog().table(txn, w.table().name()));
  }

  /** Runs the write in the writer's transaction, where the table is {@code t}. */
  Result apply(Txn<DirectBuffer> txn, Write w, TableDescriptor t) {
    if (t != w.table() && !t.equals(w.table())) w = retarget(w, t);
    if (w.kind() == Kind.PUT && (w.condition() == null || w.condition().test(Map.of()))) {
      // A put whose condition holds when there is no item (none, or attribute_not_exists as
      // INSERT's) needs the old item only when there is one: try the insert first, one B-tree
      // descent where a get and a put take two; an existing item is checked, then overwritten.
      ItemStore.Insert ins = engine.items().insert(txn, t, w.item(), w.size());
      if (ins.existing() == null) {
        engine.changes().append(txn, t, null, w.item(), Actor.USER);
        engine.ttlHints().noteWrite(t, w.item());
        double units = CapacityRules.writeUnits(w.size());
        return new Result(null, w.item(), null, CapacityBuilder.writes(t, units, ins.indexUnits(), factor(w)));
      }
      check(w, ins.existing());
      return write(txn, w, ins.existing());
    }
    Map<String, AttributeValue> old = current(txn, w);
    check(w, old);
    return write(txn, w, old);
  }

  /** Applies a write whose condition already held; {@code old} is the stored item or null. */
  Result write(Txn<DirectBuffer> txn, Write w, Map<String, AttributeValue> old) {
    TableDescriptor t = w.table();
    int oldSize = old == null ? 0 : ItemSize.of(old);
    double factor = factor(w);
    switch (w.kind()) {
      case CHECK: {
        double units = CapacityRules.readUnits(oldSize, true) * factor;
        return new Result(old, old, null, CapacityBuilder.reads(t, null, units));
      }
      case DELETE: {
        Map<String, Double> idx = old == null ? Map.of() : engine.items().delete(txn, t, old, oldSize);
        engine.changes().append(txn, t, old, null, Actor.USER);
        return new Result(old, null, null, CapacityBuilder.writes(t, CapacityRules.writeUnits(oldSize), idx, factor));
      }
      default: {
        Map<String, AttributeValue> item = w.item();
        Compiled.Projection touched = null;
        if (w.kind() == Kind.UPDATE) {
          Compiled.Updated u = w.update().apply(old == null ? new LinkedHashMap<>(w.key()) : old, keyAttributes(t));
          item = u.item();
          touched = u.touched();
        }
        int newSize = w.kind() == Kind.PUT ? w.size() : ItemValidator.checkItem(t, item);
        Map<String, Double> idx = engine.items().put(txn, t, item, old, newSize, oldSize);
        engine.changes().append(txn, t, old, item, Actor.USER);
        engine.ttlHints().noteWrite(t, item);
        return new Result(old, item, touched,
            CapacityBuilder.writes(t, CapacityRules.writeUnits(Math.max(oldSize, newSize)), idx, factor));
      }
    }
  }

  /** Turns an update into the put of the item it produces from {@code old}, validated. */
  Write resolve(Write w, Map<String, AttributeValue> old) {
    if (w.kind() != Kind.UPDATE) return w;
    Compiled.Updated u = w.update().apply(old == null ? new LinkedHashMap<>(w.key()) : old, keyAttributes(w.table()));
    int size = ItemValidator.checkItem(w.table(), u.item());
    return new Write(Kind.PUT, w.table(), w.key(), u.item(), null, null, w.returnOldOnFailure(), w.transactional(), size);
  }

  /** DynamoDB charges a transactional write twice. */
  private static double factor(Write w) {
    return w.transactional() ? 2 : 1;
  }

  private static Set<String> keyAttributes(TableDescriptor t) {
    Set<String> keys = new HashSet<>();
    keys.add(t.keySchema().partitionKey());
    if (t.keySchema().hasSortKey()) keys.add(t.keySchema().sortKey());
    return keys;
  }

  /** The table changed between prepare and apply (an index was added): validate again. */
  private Write retarget(Write w, TableDescriptor t) {
    int size = -1;
    if (w.item() != null) size = ItemValidator.checkItem(t, w.item());
    else ItemValidator.checkKey(t, w.key());
    return new Write(w.kind(), t, w.key(), w.item(), w.condition(), w.update(), w.returnOldOnFailure(), w.transactional(), size);
  }
}
