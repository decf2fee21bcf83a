package io.dynasql.pushdown.lmdb;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.engine.Database;
import io.dynasql.engine.api.CreateTableRequest;
import io.dynasql.engine.api.SecondaryIndex;
import io.dynasql.engine.api.WriteRequest;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.KeySchema;
import io.dynasql.pushdown.backend.TableStatistics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Distinct partition keys as the planner's statistics give them: exact without a sort key or
 * within one sample, estimated from one Scan page beyond it, read again once the table has doubled.
 */
class KeySampleTest {
  private static final KeySchema WITH_SORT = KeySchema.of("pk", AttributeType.S, "sk", AttributeType.N);
  private final Database db = Database.temporary();

  @AfterEach
  void close() {
    db.close();
  }

  /** Writes {@code perKey} items under each of keys {@code from} to {@code to - 1} of table orders. */
  private void fill(int from, int to, int perKey) {
    List<WriteRequest> batch = new ArrayList<>();
    for (int k = from; k < to; k++) {
      for (int i = 0; i < perKey; i++) {
        batch.add(WriteRequest.put(Map.of("pk", s("k" + k), "sk", n(i))));
        if (batch.size() == 25) {
          db.batchWriteItem(Map.of("orders", batch));
          batch = new ArrayList<>();
        }
      }
    }
    if (!batch.isEmpty()) db.batchWriteItem(Map.of("orders", batch));
  }

  /** Adds {@code items} more items, sort keys from 1,000,000 up, under partition key {@code pk}. */
  private void grow(String pk, int items) {
    List<WriteRequest> batch = new ArrayList<>();
    for (int i = 0; i < items; i++) {
      batch.add(WriteRequest.put(Map.of("pk", s(pk), "sk", n(1_000_000 + i))));
      if (batch.size() == 25 || i == items - 1) {
        db.batchWriteItem(Map.of("orders", batch));
        batch = new ArrayList<>();
      }
    }
  }

  private long keys(LmdbBackend backend) {
    return backend.statistics().table().partitionKeys();
  }

  @Test
  void withoutASortKeyEveryItemIsAKey() {
    db.createTable(CreateTableRequest.of("hashed", KeySchema.of("pk", AttributeType.S)));
    for (int i = 0; i < 30; i++) db.batchWriteItem(Map.of("hashed", List.of(WriteRequest.put(Map.of("pk", s("k" + i))))));
    assertEquals(30, keys(new LmdbBackend(db, db.descriptor("hashed"))));
  }

  /**
   * A global index without a sort key is not unique: 15 items tagged t1 and 5 tagged t2 are two keys
   * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GSI.html: "key values in a global
   * secondary index do not need to be unique"), not one per item.
   */
  @Test
  void aGlobalIndexWithoutASortKeyIsSampledNotTakenAsUnique() {
    db.createTable(CreateTableRequest.of("tagged", KeySchema.of("pk", AttributeType.S))
        .withGlobalIndexes(SecondaryIndex.all("byTag", KeySchema.of("tag", AttributeType.S))));
    for (int i = 0; i < 20; i++) {
      db.batchWriteItem(Map.of("tagged", List.of(WriteRequest.put(Map.of("pk", s("k" + i), "tag", s(i < 15 ? "t1" : "t2"))))));
    }
    TableStatistics.Sizes index = new LmdbBackend(db, db.descriptor("tagged")).statistics().of("byTag");
    assertEquals(20, index.items());
    assertEquals(2, index.partitionKeys());
  }

  @Test
  void aTableWithinOneSampleIsCountedExactly() {
    db.createTable(CreateTableRequest.of("orders", WITH_SORT));
    fill(0, 37, 20);
    assertEquals(37, keys(new LmdbBackend(db, db.descriptor("orders"))));
  }

  @Test
  void aLargerTableIsEstimatedFromOnePageAndSampledAgainWhenItDoubles() {
    db.createTable(CreateTableRequest.of("orders", WITH_SORT));
    fill(0, 300, 10);
    LmdbBackend backend = new LmdbBackend(db, db.descriptor("orders"));
    long first = keys(backend);
    assertTrue(first >= 150 && first <= 600, "300 keys estimated as " + first);
    // 600 more keys of 2 items: the table grows by 40%, the estimate is scaled, not sampled again
    fill(300, 900, 2);
    long scaled = keys(backend);
    assertEquals(Math.round(first * 4200.0 / 3000), scaled);
    // and past twice the sampled size it is read again: 1,600 keys of 2 among 300 of 10
    fill(900, 1900, 2);
    long again = keys(backend);
    assertTrue(again >= 950 && again <= 3800, "1,900 keys estimated as " + again + " (scaled: " + scaled + ")");
  }

  @Test
  void aHotKeyTheSampleRunsIntoIsCountedToItsEndAndKeptInTheSketch() {
    db.createTable(CreateTableRequest.of("orders", WITH_SORT));
    fill(0, 300, 10);
    // the key a Scan meets first (hash order) becomes hot: 3,000 more items, past the 1,000-entry sample
    String first = ((io.dynasql.engine.model.AttributeValue.S) db.scan(io.dynasql.engine.api.ScanRequest.builder("orders")
        .limit(1).build()).items().get(0).get("pk")).value();
    grow(first, 3000);
    LmdbBackend backend = new LmdbBackend(db, db.descriptor("orders"));
    io.dynasql.pushdown.backend.TableStatistics.Sizes sizes = backend.statistics().table();
    assertEquals(3010, sizes.sketch().itemsOf(s(first)).orElse(-1));
    // the other keys are the ordinary ones: 10 items each, so 300 keys in all
    assertEquals(300, sizes.partitionKeys());
    assertEquals(10.0, sizes.itemsPerOtherKey().orElse(-1), 0.01);
  }

  @Test
  void aPartitionARunReadWholeIsRememberedWithItsSize() {
    db.createTable(CreateTableRequest.of("orders", WITH_SORT));
    fill(0, 300, 10);
    LmdbBackend backend = new LmdbBackend(db, db.descriptor("orders"));
    backend.statistics();
    backend.observed(null, s("k123"), 777);
    assertEquals(777, backend.statistics().table().sketch().itemsOf(s("k123")).orElse(-1));
    // a smaller key does not push out a larger one once the sketch is full, and the sketch stays bounded
    for (int i = 0; i < 40; i++) backend.observed(null, s("k" + i), 5);
    assertEquals(777, backend.statistics().table().sketch().itemsOf(s("k123")).orElse(-1));
    assertEquals(io.dynasql.pushdown.backend.PartitionSketch.CAPACITY, backend.statistics().table().sketch().largest().size());
  }
}
