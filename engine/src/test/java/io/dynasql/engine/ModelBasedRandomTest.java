package io.dynasql.engine;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynasql.engine.api.CreateTableRequest;
import io.dynasql.engine.api.DeleteItemRequest;
import io.dynasql.engine.api.Expr;
import io.dynasql.engine.api.GetItemRequest;
import io.dynasql.engine.api.PageResponse;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.api.QueryRequest;
import io.dynasql.engine.api.ScanRequest;
import io.dynasql.engine.api.SecondaryIndex;
import io.dynasql.engine.api.UpdateItemRequest;
import io.dynasql.engine.error.ConditionalCheckFailedException;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.KeySchema;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded random operations against the store and a plain in-memory model, compared after every
 * step and across close/reopen. On failure the message carries the seed and step to replay. A
 * second run uses keys past LMDB's key limit: partition keys of 1,200+ bytes and string sort keys
 * sharing their first 900 bytes (see {@link RandomKeys}), with a global index on long values.
 */
class ModelBasedRandomTest {
  @TempDir Path dir;

  /** The model: partition key -> sort key -> item. */
  private final Map<String, TreeMap<AttributeValue, Map<String, AttributeValue>>> model = new HashMap<>();

  @Test
  void randomOperationsMatchTheModel() {
    // Fixed seeds keep the build deterministic; -Dmodel.seed=N adds one (e.g. a failing one to replay).
    long extra = Long.getLong("model.seed", 20261121L);
    for (long seed : new long[] {1, 2, 3, 42, extra}) {
      model.clear();
      run(seed, 1500, RandomKeys.SHORT);
    }
  }

  @Test
  void randomOperationsOnLongKeysMatchTheModel() {
    long extra = Long.getLong("model.seed", 20261121L);
    for (long seed : new long[] {5, 6, extra}) {
      model.clear();
      run(seed, 1500, RandomKeys.LONG);
    }
  }

  private void run(long seed, int steps, RandomKeys keys) {
    Random rnd = new Random(seed);
    Path where = dir.resolve(keys + "-seed-" + seed);
    Database db = Database.open(where, DatabaseOptions.DEFAULT.withSync(false));
    try {
      db.createTable(CreateTableRequest.of("Items", KeySchema.of("pk", AttributeType.S, "sk", keys.sortType()))
          .withGlobalIndexes(SecondaryIndex.all("byB", KeySchema.of("b", AttributeType.S, "sk", keys.sortType()))));
      for (int step = 0; step < steps; step++) {
        String ctx = keys + " seed=" + seed + " step=" + step;
        if (rnd.nextInt(300) == 0) {
          db.close();
          db = Database.open(where, DatabaseOptions.DEFAULT.withSync(false));
        }
        String pk = keys.partitionKey(rnd);
        AttributeValue sk = keys.sortKey(rnd);
        Map<String, AttributeValue> key = Map.of("pk", s(pk), "sk", sk);
        switch (rnd.nextInt(8)) {
          case 0, 1 -> {
            Map<String, AttributeValue> item = new LinkedHashMap<>(key);
            item.put("a", n(rnd.nextInt(1000)));
            if (rnd.nextBoolean()) item.put("b", s(keys.indexed(rnd)));
            db.putItem(PutItemRequest.of("Items", item));
            modelPut(item);
          }
          case 2 -> {
            long d = rnd.nextInt(10);
            db.updateItem(UpdateItemRequest.of("Items", key, "ADD a :d", Expr.values(Map.of(":d", n(d)))));
            Map<String, AttributeValue> old = modelGet(pk, sk);
            Map<String, AttributeValue> next = new LinkedHashMap<>(old == null ? key : old);
            BigDecimal prev = next.get("a") == null ? BigDecimal.ZERO : ((AttributeValue.N) next.get("a")).value();
            next.put("a", n(prev.add(BigDecimal.valueOf(d))));
            modelPut(next);
          }
          case 3 -> {
            db.deleteItem(DeleteItemRequest.of("Items", key));
            model.getOrDefault(pk, new TreeMap<>(RandomKeys.ORDER)).remove(sk);
          }
          case 4 -> {
            Map<String, AttributeValue> item = new LinkedHashMap<>(key);
            item.put("c", s("new"));
            boolean existed = modelGet(pk, sk) != null;
            try {
              db.putItem(PutItemRequest.of("Items", item).withCondition("attribute_not_exists(pk)", Expr.NONE));
              assertEquals(false, existed, ctx + ": conditional put should have failed");
              modelPut(item);
            } catch (ConditionalCheckFailedException e) {
              assertEquals(true, existed, ctx + ": conditional put should have succeeded");
            }
          }
          case 5 -> assertEquals(modelGet(pk, sk), db.getItem(GetItemRequest.of("Items", key).withConsistentRead(true)).item(), ctx);
          case 6 -> {
            PageResponse r = db.query(QueryRequest.builder("Items").keyCondition("pk = :p").values(Map.of(":p", s(pk))).build());
            List<Map<String, AttributeValue>> expected = new ArrayList<>(model.getOrDefault(pk, new TreeMap<>(RandomKeys.ORDER)).values());
            assertEquals(expected, r.items(), ctx);
          }
          default -> rangeQuery(db, rnd, pk, sk, keys.sortKey(rnd), ctx);
        }
      }
      int total = model.values().stream().mapToInt(Map::size).sum();
      assertEquals(total, db.scan(ScanRequest.builder("Items").build()).count(), "seed=" + seed + " final scan");
      assertEquals(total, db.describeTable("Items").itemCount(), "seed=" + seed + " item count");
      long indexed = model.values().stream().flatMap(p -> p.values().stream()).filter(i -> i.containsKey("b")).count();
      assertEquals(indexed, db.scan(ScanRequest.builder("Items").index("byB").build()).count(), "seed=" + seed + " index scan");
    } finally {
      db.close();
    }
  }

  /** BETWEEN two random sort keys, either way, a page of at most 3 at a time, against the model. */
  private void rangeQuery(Database db, Random rnd, String pk, AttributeValue a, AttributeValue b, String ctx) {
    AttributeValue lo = RandomKeys.ORDER.compare(a, b) <= 0 ? a : b;
    AttributeValue hi = lo == a ? b : a;
    boolean forward = rnd.nextBoolean();
    List<Map<String, AttributeValue>> expected = new ArrayList<>(
        model.getOrDefault(pk, new TreeMap<>(RandomKeys.ORDER)).subMap(lo, true, hi, true).values());
    if (!forward) java.util.Collections.reverse(expected);
    List<Map<String, AttributeValue>> seen = new ArrayList<>();
    Map<String, AttributeValue> start = null;
    do {
      PageResponse r = db.query(QueryRequest.builder("Items").keyCondition("pk = :p AND sk BETWEEN :lo AND :hi")
          .values(Map.of(":p", s(pk), ":lo", lo, ":hi", hi)).scanIndexForward(forward).limit(3).exclusiveStartKey(start).build());
      seen.addAll(r.items());
      start = r.lastEvaluatedKey();
    } while (start != null);
    assertEquals(expected, seen, ctx + " range " + (forward ? "forward" : "backward"));
  }

  private Map<String, AttributeValue> modelGet(String pk, AttributeValue sk) {
    TreeMap<AttributeValue, Map<String, AttributeValue>> p = model.get(pk);
    return p == null ? null : p.get(sk);
  }

  private void modelPut(Map<String, AttributeValue> item) {
    String pk = ((AttributeValue.S) item.get("pk")).value();
    model.computeIfAbsent(pk, k -> new TreeMap<>(RandomKeys.ORDER)).put(item.get("sk"), item);
  }
}
