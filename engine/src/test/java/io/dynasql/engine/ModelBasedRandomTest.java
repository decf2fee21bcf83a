package io.dynasql.engine;

import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynasql.engine.api.CreateTableRequest;
import io.dynasql.engine.api.DeleteItemRequest;
import io.dynasql.engine.api.GetItemRequest;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.api.QueryRequest;
import io.dynasql.engine.api.SecondaryIndex;
import io.dynasql.engine.api.UpdateTableRequest;
import io.dynasql.engine.error.ConditionalCheckFailedException;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.KeySchema;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded random operations against the store and a plain in-memory model ({@link StoreModel}):
 * puts, conditional puts, ADD updates, deletes, transactions of several writes (some cancelled by
 * a failing condition, which must change nothing), gets, queries, paged range queries, creating
 * and deleting a global index (with backfill) and close/reopen. After every step the whole table,
 * every index and the counts are compared with the model ({@link ModelChecks}). A failure names the
 * seed and step; {@code -Dmodel.seed=N} replays a seed. A second run uses keys past LMDB's key
 * limit: partition keys of 1,200+ bytes and string sort keys sharing their first 900 bytes (see
 * {@link RandomKeys}), with a global index on long values.
 */
class ModelBasedRandomTest {
  private static final int STEPS = 400;

  @TempDir Path dir;

  @Test
  void randomOperationsMatchTheModel() {
    // Fixed seeds keep the build deterministic; -Dmodel.seed=N adds one (e.g. a failing one to replay).
    long extra = Long.getLong("model.seed", 20261121L);
    for (long seed : new long[] {1, 2, 3, 42, extra}) replayable(seed, RandomKeys.SHORT);
  }

  @Test
  void randomOperationsOnLongKeysMatchTheModel() {
    long extra = Long.getLong("model.seed", 20261121L);
    for (long seed : new long[] {5, 6, extra}) replayable(seed, RandomKeys.LONG);
  }

  /** Runs one seed; any failure, an assertion or the store's own, says which seed to replay. */
  private void replayable(long seed, RandomKeys keys) {
    try {
      run(seed, keys);
    } catch (AssertionError | RuntimeException e) {
      throw new AssertionError(keys + " seed=" + seed + " failed (replay with -Dmodel.seed=" + seed + "): " + e.getMessage(), e);
    }
  }

  private void run(long seed, RandomKeys keys) {
    Random rnd = new Random(seed);
    StoreModel model = new StoreModel(RandomKeys.ORDER);
    Path where = dir.resolve(keys + "-seed-" + seed);
    Database db = Database.open(where, DatabaseOptions.DEFAULT.withSync(false));
    try {
      db.createTable(CreateTableRequest.of("Items", KeySchema.of("pk", AttributeType.S, "sk", keys.sortType()))
          .withGlobalIndexes(SecondaryIndex.all("byB", KeySchema.of("b", AttributeType.S, "sk", keys.sortType()))));
      model.indexes.put("byB", "b");
      RandomWrites writes = new RandomWrites(rnd, keys, model);
      for (int step = 0; step < STEPS; step++) {
        String ctx = keys + " seed=" + seed + " step=" + step;
        String pk = keys.partitionKey(rnd);
        AttributeValue sk = keys.sortKey(rnd);
        Map<String, AttributeValue> key = Map.of("pk", s(pk), "sk", sk);
        switch (rnd.nextInt(11)) {
          case 0, 1 -> writes.put(db, key);
          case 2 -> writes.add(db, key);
          case 3 -> {
            db.deleteItem(DeleteItemRequest.of("Items", key));
            model.delete(pk, sk);
          }
          case 4 -> conditionalPut(db, model, key, rnd, ctx);
          case 5 -> writes.transaction(db, ctx);
          case 6 -> assertEquals(model.get(pk, sk), db.getItem(GetItemRequest.of("Items", key).withConsistentRead(true)).item(), ctx);
          case 7 -> {
            Database open = db;
            assertEquals(model.partition(pk), ModelChecks.pages(start -> open.query(QueryRequest.builder("Items")
                .keyCondition("pk = :p").values(Map.of(":p", s(pk))).limit(4).exclusiveStartKey(start).build())), ctx + " query");
          }
          case 8 -> rangeQuery(db, model, rnd, pk, sk, keys.sortKey(rnd), ctx);
          case 9 -> toggleIndex(db, model, keys, rnd);
          default -> {
            if (rnd.nextInt(8) == 0) { // rarer than the other steps: opening maps the file again
              db.close();
              db = Database.open(where, DatabaseOptions.DEFAULT.withSync(false));
            }
          }
        }
        ModelChecks.all(db, model, RandomKeys.ORDER, ctx);
      }
    } finally {
      db.close();
    }
  }

  private static void conditionalPut(Database db, StoreModel model, Map<String, AttributeValue> key, Random rnd, String ctx) {
    Map<String, AttributeValue> item = new LinkedHashMap<>(key);
    item.put("c", s("c" + rnd.nextInt(3)));
    boolean existed = model.get(((AttributeValue.S) key.get("pk")).value(), key.get("sk")) != null;
    try {
      db.putItem(PutItemRequest.of("Items", item).withCondition("attribute_not_exists(pk)", io.dynasql.engine.api.Expr.NONE));
      assertEquals(false, existed, ctx + ": conditional put should have failed");
      model.put(item);
    } catch (ConditionalCheckFailedException e) {
      assertEquals(true, existed, ctx + ": conditional put should have succeeded");
    }
  }

  /** Creates the index on {@code c} (backfilled from the items there are) or deletes it. */
  private static void toggleIndex(Database db, StoreModel model, RandomKeys keys, Random rnd) {
    if (rnd.nextInt(4) != 0) return; // rarer than the other steps: a backfill reads the whole table
    if (model.indexes.remove("byC") != null) {
      db.updateTable(UpdateTableRequest.deleteIndex("Items", "byC"));
    } else {
      db.updateTable(UpdateTableRequest.createIndex("Items", SecondaryIndex.all("byC", KeySchema.of("c", AttributeType.S, "sk", keys.sortType()))));
      model.indexes.put("byC", "c");
    }
  }

  /** BETWEEN two random sort keys, either way, a page of at most 3 at a time, against the model. */
  private static void rangeQuery(Database db, StoreModel model, Random rnd, String pk, AttributeValue a, AttributeValue b, String ctx) {
    AttributeValue lo = RandomKeys.ORDER.compare(a, b) <= 0 ? a : b;
    AttributeValue hi = lo == a ? b : a;
    boolean forward = rnd.nextBoolean();
    List<Map<String, AttributeValue>> expected = model.range(pk, lo, hi);
    if (!forward) Collections.reverse(expected);
    assertEquals(expected, ModelChecks.pages(start -> db.query(QueryRequest.builder("Items").keyCondition("pk = :p AND sk BETWEEN :lo AND :hi")
        .values(Map.of(":p", s(pk), ":lo", lo, ":hi", hi)).scanIndexForward(forward).limit(3).exclusiveStartKey(start).build())),
        ctx + " range " + (forward ? "forward" : "backward"));
  }
}
