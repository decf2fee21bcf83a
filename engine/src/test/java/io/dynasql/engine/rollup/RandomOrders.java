package io.dynasql.engine.rollup;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;

import io.dynasql.engine.Database;
import io.dynasql.engine.api.DeleteItemRequest;
import io.dynasql.engine.api.Expr;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.api.TransactWriteItem;
import io.dynasql.engine.api.TransactWriteItemsRequest;
import io.dynasql.engine.api.UpdateItemRequest;
import io.dynasql.engine.api.WriteRequest;
import io.dynasql.engine.error.ConditionalCheckFailedException;
import io.dynasql.engine.error.TransactionCanceledException;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.time.SimulatedClock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** One random write to table orders, applied to the database and, when it succeeds, to the model. */
final class RandomOrders {
  private static final String[] STATUS = {"OPEN", "PAID", "SHIPPED"};
  private static final String[] REGION = {"eu", "us"};
  private final Random r;
  private final SimulatedClock clock;

  RandomOrders(Random r, SimulatedClock clock) {
    this.r = r;
    this.clock = clock;
  }

  void step(Database db, Map<String, Map<String, AttributeValue>> model) {
    int op = r.nextInt(10);
    String id = "o" + r.nextInt(40);
    if (op < 3) {
      Map<String, AttributeValue> item = item(id);
      db.putItem(PutItemRequest.of("orders", item));
      model.put(id, item);
    } else if (op < 5) {
      Update u = update();
      db.updateItem(UpdateItemRequest.of("orders", RollupRandomTest.key(id), u.expression, u.expr()));
      model.put(id, u.apply(id, model.get(id)));
    } else if (op < 6) {
      db.deleteItem(DeleteItemRequest.of("orders", RollupRandomTest.key(id)));
      model.remove(id);
    } else if (op < 7) {
      try { // refused: nothing may change, the view included
        db.putItem(PutItemRequest.of("orders", item(id)).withCondition("attribute_not_exists(id)", Expr.NONE));
        model.put(id, db.getItem(io.dynasql.engine.api.GetItemRequest.of("orders", RollupRandomTest.key(id))).item());
      } catch (ConditionalCheckFailedException expected) {
        // the item existed
      }
    } else if (op < 9) {
      transaction(db, model);
    } else {
      batch(db, model);
    }
  }

  /** Removes from the model what a sweep at the clock's time deletes. */
  void expire(Map<String, Map<String, AttributeValue>> model) {
    long now = clock.instant().getEpochSecond();
    model.values().removeIf(i -> i.get("expiresAt") instanceof AttributeValue.N n && n.value().longValue() < now);
  }

  private void transaction(Database db, Map<String, Map<String, AttributeValue>> model) {
    List<TransactWriteItem> actions = new ArrayList<>();
    Map<String, Map<String, AttributeValue>> after = new HashMap<>(model);
    boolean fails = r.nextInt(5) == 0;
    int base = r.nextInt(40);
    for (int k = 0; k < 3; k++) {
      String id = "o" + ((base + k * 7) % 40);
      if (k == 0) {
        Map<String, AttributeValue> item = item(id);
        String cond = fails ? "attribute_not_exists(id) AND attribute_exists(id)" : null;
        actions.add(new TransactWriteItem.Put(cond == null ? PutItemRequest.of("orders", item)
            : PutItemRequest.of("orders", item).withCondition(cond, Expr.NONE)));
        after.put(id, item);
      } else if (k == 1) {
        Update u = update();
        actions.add(new TransactWriteItem.Update(UpdateItemRequest.of("orders", RollupRandomTest.key(id), u.expression, u.expr())));
        after.put(id, u.apply(id, after.get(id)));
      } else {
        actions.add(new TransactWriteItem.Delete(DeleteItemRequest.of("orders", RollupRandomTest.key(id))));
        after.remove(id);
      }
    }
    try {
      db.transactWriteItems(TransactWriteItemsRequest.of(actions.toArray(TransactWriteItem[]::new)));
      model.clear();
      model.putAll(after);
    } catch (TransactionCanceledException e) {
      if (!fails) throw e;
    }
  }

  private void batch(Database db, Map<String, Map<String, AttributeValue>> model) {
    List<WriteRequest> writes = new ArrayList<>();
    int base = r.nextInt(40);
    for (int k = 0; k < 4; k++) {
      String id = "o" + ((base + k * 11) % 40);
      if (r.nextBoolean()) {
        Map<String, AttributeValue> item = item(id);
        writes.add(WriteRequest.put(item));
        model.put(id, item);
      } else {
        writes.add(WriteRequest.delete(RollupRandomTest.key(id)));
        model.remove(id);
      }
    }
    db.batchWriteItem(Map.of("orders", writes));
  }

  private Map<String, AttributeValue> item(String id) {
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    item.put("id", s(id));
    if (r.nextInt(6) != 0) item.put("status", s(STATUS[r.nextInt(STATUS.length)]));
    if (r.nextInt(8) == 0) item.put("status", new AttributeValue.Null());
    item.put("region", s(REGION[r.nextInt(REGION.length)]));
    if (r.nextInt(5) != 0) item.put("total", RollupRandomTest.money(r));
    if (r.nextBoolean()) item.put("note", s("n" + r.nextInt(3)));
    if (r.nextInt(4) == 0) item.put("expiresAt", n(clock.instant().getEpochSecond() + r.nextInt(300)));
    return item;
  }

  /** An update expression and what it does to an item. */
  private record Update(String expression, Map<String, AttributeValue> values, boolean removeTotal, boolean removeStatus) {
    Expr expr() {
      Map<String, String> names = new HashMap<>();
      if (expression.contains("#st")) names.put("#st", "status");
      if (expression.contains("#t")) names.put("#t", "total");
      Expr e = names.isEmpty() ? Expr.NONE : Expr.names(names);
      return values.isEmpty() ? e : e.withValues(values);
    }

    Map<String, AttributeValue> apply(String id, Map<String, AttributeValue> old) {
      Map<String, AttributeValue> next = new LinkedHashMap<>(old == null ? Map.of("id", s(id)) : old);
      if (values.containsKey(":s")) next.put("status", values.get(":s"));
      if (values.containsKey(":t")) next.put("total", values.get(":t"));
      if (removeTotal) next.remove("total");
      if (removeStatus) next.remove("status");
      return next;
    }
  }

  private Update update() {
    switch (r.nextInt(4)) {
      case 0: return new Update("SET #st = :s", Map.of(":s", s(STATUS[r.nextInt(STATUS.length)])), false, false);
      case 1: return new Update("SET #t = :t", Map.of(":t", RollupRandomTest.money(r)), false, false);
      case 2: return new Update("SET #st = :s, #t = :t", Map.of(":s", s(STATUS[r.nextInt(STATUS.length)]),
          ":t", RollupRandomTest.money(r)), false, false);
      default: return r.nextBoolean() ? new Update("REMOVE #t", Map.of(), true, false)
          : new Update("REMOVE #st", Map.of(), false, true);
    }
  }
}
