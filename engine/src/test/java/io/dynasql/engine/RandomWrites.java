package io.dynasql.engine;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynasql.engine.api.DeleteItemRequest;
import io.dynasql.engine.api.Expr;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.api.TransactWriteItem;
import io.dynasql.engine.api.TransactWriteItemsRequest;
import io.dynasql.engine.api.UpdateItemRequest;
import io.dynasql.engine.error.TransactionCanceledException;
import io.dynasql.engine.model.AttributeValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The writes of {@link ModelBasedRandomTest}, each applied to the store and to the model: a put
 * (with or without the indexed attributes), an ADD update, and a transaction of two to four
 * writes on distinct items that either all happen or, when one's condition fails, none does.
 */
final class RandomWrites {
  private final Random rnd;
  private final RandomKeys keys;
  private final StoreModel model;

  RandomWrites(Random rnd, RandomKeys keys, StoreModel model) {
    this.rnd = rnd;
    this.keys = keys;
    this.model = model;
  }

  void put(Database db, Map<String, AttributeValue> key) {
    Map<String, AttributeValue> item = item(key);
    db.putItem(PutItemRequest.of("Items", item));
    model.put(item);
  }

  void add(Database db, Map<String, AttributeValue> key) {
    long d = rnd.nextInt(10);
    db.updateItem(UpdateItemRequest.of("Items", key, "ADD a :d", Expr.values(Map.of(":d", n(d)))));
    model.put(added(key, d));
  }

  /** Puts, ADDs and deletes on distinct items; one put may require that its item be absent. */
  void transaction(Database db, String ctx) {
    List<TransactWriteItem> actions = new ArrayList<>();
    List<Runnable> onCommit = new ArrayList<>();
    Set<Map<String, AttributeValue>> touched = new HashSet<>();
    boolean fails = false;
    for (int i = 2 + rnd.nextInt(3); i > 0; i--) {
      Map<String, AttributeValue> key = Map.of("pk", s(keys.partitionKey(rnd)), "sk", keys.sortKey(rnd));
      if (!touched.add(key)) continue; // DynamoDB refuses two actions on one item
      String pk = ((AttributeValue.S) key.get("pk")).value();
      switch (rnd.nextInt(4)) {
        case 0 -> {
          Map<String, AttributeValue> item = item(key);
          actions.add(new TransactWriteItem.Put(PutItemRequest.of("Items", item)));
          onCommit.add(() -> model.put(item));
        }
        case 1 -> {
          Map<String, AttributeValue> item = item(key);
          fails |= model.get(pk, key.get("sk")) != null;
          actions.add(new TransactWriteItem.Put(PutItemRequest.of("Items", item).withCondition("attribute_not_exists(pk)", Expr.NONE)));
          onCommit.add(() -> model.put(item));
        }
        case 2 -> {
          Map<String, AttributeValue> next = added(key, 1);
          actions.add(new TransactWriteItem.Update(UpdateItemRequest.of("Items", key, "ADD a :d", Expr.values(Map.of(":d", n(1))))));
          onCommit.add(() -> model.put(next));
        }
        default -> {
          actions.add(new TransactWriteItem.Delete(DeleteItemRequest.of("Items", key)));
          onCommit.add(() -> model.delete(pk, key.get("sk")));
        }
      }
    }
    try {
      db.transactWriteItems(TransactWriteItemsRequest.of(actions.toArray(TransactWriteItem[]::new)));
      assertEquals(false, fails, ctx + ": the transaction should have been cancelled");
      onCommit.forEach(Runnable::run);
    } catch (TransactionCanceledException e) {
      assertEquals(true, fails, ctx + ": the transaction should have committed: " + e.getMessage());
    }
  }

  /** A new item at {@code key}: a number, and sometimes each indexed attribute. */
  private Map<String, AttributeValue> item(Map<String, AttributeValue> key) {
    Map<String, AttributeValue> item = new LinkedHashMap<>(key);
    item.put("a", n(rnd.nextInt(1000)));
    if (rnd.nextBoolean()) item.put("b", s(keys.indexed(rnd)));
    if (rnd.nextInt(3) == 0) item.put("c", s("c" + rnd.nextInt(3)));
    return item;
  }

  /** The item at {@code key} (created if absent) with {@code d} added to {@code a}. */
  private Map<String, AttributeValue> added(Map<String, AttributeValue> key, long d) {
    Map<String, AttributeValue> old = model.get(((AttributeValue.S) key.get("pk")).value(), key.get("sk"));
    Map<String, AttributeValue> next = new LinkedHashMap<>(old == null ? key : old);
    BigDecimal prev = next.get("a") == null ? BigDecimal.ZERO : ((AttributeValue.N) next.get("a")).value();
    next.put("a", n(prev.add(BigDecimal.valueOf(d))));
    return next;
  }
}
