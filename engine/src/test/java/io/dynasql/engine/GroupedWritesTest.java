package io.dynasql.engine;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.dynasql.engine.api.CreateTableRequest;
import io.dynasql.engine.api.Expr;
import io.dynasql.engine.api.GetItemRequest;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.api.ScanRequest;
import io.dynasql.engine.api.SecondaryIndex;
import io.dynasql.engine.api.WriteRequest;
import io.dynasql.engine.error.ConditionalCheckFailedException;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.KeySchema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Writers on many threads share group commits. Requests that fail (conditions that do not hold)
 * sit in the same LMDB transactions as requests that succeed; whatever the grouping, the table,
 * its index and its statistics must show exactly the successful ones. Run write-mapped (sync
 * off) and durable, the two ways the store opens LMDB.
 */
class GroupedWritesTest {
  private static final int THREADS = 8;
  private static final int ROUNDS = 60;

  @TempDir Path dir;

  @ParameterizedTest(name = "sync={0}")
  @ValueSource(booleans = {false, true})
  void failedRequestsLeaveNoTraceInTheirGroup(boolean sync) throws Exception {
    try (Database db = Database.open(dir, DatabaseOptions.DEFAULT.withSync(sync))) {
      db.createTable(CreateTableRequest.of("Items", KeySchema.of("pk", AttributeType.S))
          .withGlobalIndexes(SecondaryIndex.all("ByGroup", KeySchema.of("grp", AttributeType.S))));
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      List<Future<Integer>> written = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        written.add(pool.submit(() -> writeRounds(db, thread)));
      }
      int total = 0;
      for (Future<Integer> f : written) total += f.get();
      pool.shutdown();

      assertEquals(THREADS * ROUNDS * 7, total);
      assertEquals(total, db.scan(ScanRequest.builder("Items").build()).count(), "items");
      assertEquals(total, db.describeTable("Items").itemCount(), "item count statistic");
      assertEquals(total, db.scan(ScanRequest.builder("Items").index("ByGroup").build()).count(), "index entries");
      assertEquals(total, db.describeTable("Items").globalSecondaryIndexes().get(0).itemCount(), "index count statistic");
      for (int t = 0; t < THREADS; t++) {
        assertNotNull(get(db, t + "-0-single"));
        assertNull(get(db, t + "-0-refused"));
        assertEquals(s("first"), get(db, t + "-0-single").get("v"), "a refused overwrite changed nothing");
      }
    }
  }

  /** Per round: one put, one refused put of a new key, one refused overwrite, one batch of 5. */
  private static int writeRounds(Database db, int thread) {
    int ok = 0;
    for (int r = 0; r < ROUNDS; r++) {
      String key = thread + "-" + r;
      db.putItem(PutItemRequest.of("Items", item(key + "-single", "first")));
      ok++;
      expectRefused(() -> db.putItem(PutItemRequest.of("Items", item(key + "-refused", "x"))
          .withCondition("attribute_exists(pk)", Expr.NONE)));
      expectRefused(() -> db.putItem(PutItemRequest.of("Items", item(key + "-single", "second"))
          .withCondition("attribute_not_exists(pk)", Expr.NONE)));
      List<WriteRequest> batch = new ArrayList<>();
      for (int i = 0; i < 5; i++) batch.add(WriteRequest.put(item(key + "-batch-" + i, "b")));
      db.batchWriteItem(Map.of("Items", batch));
      ok += 5;
      db.putItem(PutItemRequest.of("Items", item(key + "-again", "a")));
      ok++;
    }
    return ok;
  }

  private static void expectRefused(Runnable write) {
    try {
      write.run();
      throw new AssertionError("the condition should have failed");
    } catch (ConditionalCheckFailedException expected) {
      // refused, as it should be
    }
  }

  private static Map<String, AttributeValue> item(String pk, String v) {
    return Map.of("pk", s(pk), "grp", s("g" + (pk.hashCode() & 7)), "v", s(v), "n", n(pk.length()));
  }

  private static Map<String, AttributeValue> get(Database db, String pk) {
    return db.getItem(GetItemRequest.of("Items", Map.of("pk", s(pk))).withConsistentRead(true)).item();
  }

  @Test
  void anUnconditionalPutOverAnExistingItemReplacesItAndItsIndexEntry() {
    try (Database db = Database.open(dir, DatabaseOptions.DEFAULT.withSync(false))) {
      db.createTable(CreateTableRequest.of("Items", KeySchema.of("pk", AttributeType.S))
          .withGlobalIndexes(SecondaryIndex.all("ByGroup", KeySchema.of("grp", AttributeType.S))));
      db.putItem(PutItemRequest.of("Items", Map.of("pk", s("k"), "grp", s("old"), "v", s("1"))));
      db.batchWriteItem(Map.of("Items", List.of(WriteRequest.put(Map.of("pk", s("k"), "grp", s("new"), "v", s("2"))))));

      assertEquals(s("2"), get(db, "k").get("v"));
      assertEquals(1, db.describeTable("Items").itemCount());
      var byGroup = db.scan(ScanRequest.builder("Items").index("ByGroup").build());
      assertEquals(List.of(s("new")), byGroup.items().stream().map(i -> i.get("grp")).toList());
    }
  }
}
