package io.dynasql.engine.capacity;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.engine.Database;
import io.dynasql.engine.api.CreateTableRequest;
import io.dynasql.engine.api.PageResponse;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.api.QueryRequest;
import io.dynasql.engine.api.SecondaryIndex;
import io.dynasql.engine.api.Select;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.KeySchema;
import io.dynasql.engine.model.ProjectionType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A local index query that needs attributes its projection lacks fetches each item from the table,
 * and each fetch is charged on its own, rounded up to 4 KB, on top of the index read rounded once:
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LSI.html#LSI.ThroughputConsiderations.Reads
 * (its example: 4 items of 300 bytes, 200 projected, cost 4 KB for the index plus 4 x 4 KB).
 */
class LocalIndexFetchCapacityTest {
  private final Database db = Database.temporary();

  @AfterEach
  void close() {
    db.close();
  }

  /** A table with a KEYS_ONLY local index and {@code count} items of about {@code pad} bytes each. */
  private void load(int count, int pad) {
    db.createTable(CreateTableRequest.of("Posts", KeySchema.of("pk", AttributeType.S, "sk", AttributeType.N))
        .withLocalIndexes(new SecondaryIndex("byDate", KeySchema.of("pk", AttributeType.S, "d", AttributeType.S),
            ProjectionType.KEYS_ONLY, List.of())));
    for (int i = 0; i < count; i++) {
      db.putItem(PutItemRequest.of("Posts", Map.of("pk", s("p"), "sk", n(i), "d", s("2026-" + (1000 + i)),
          "body", s("x".repeat(pad)))));
    }
  }

  private PageResponse query(Select select, boolean consistent) {
    return db.query(QueryRequest.builder("Posts").index("byDate").keyCondition("pk = :p")
        .values(Map.<String, AttributeValue>of(":p", s("p"))).select(select).consistentRead(consistent).build());
  }

  @Test
  void eachFetchedItemIsRoundedUpToFourKilobytesOnItsOwn() {
    load(5, 300);
    // index entries: about 30 bytes each, 150 in all -> 1 unit; five fetches of ~330 bytes -> 5 units
    // (summing everything into the page, as before, gave 1 unit: the measurement)
    assertEquals(6.0, query(Select.ALL_ATTRIBUTES, true).consumedCapacity().readCapacityUnits());
    assertEquals(3.0, query(Select.ALL_ATTRIBUTES, false).consumedCapacity().readCapacityUnits());
  }

  @Test
  void aFetchLargerThanFourKilobytesCostsItsOwnWholeUnits() {
    load(2, 5000);
    // each item is just over 4 KB: 2 units per fetch, plus 1 for the two small index entries
    assertEquals(5.0, query(Select.ALL_ATTRIBUTES, true).consumedCapacity().readCapacityUnits());
  }

  @Test
  void readingOnlyProjectedAttributesFetchesNothing() {
    load(5, 300);
    PageResponse r = query(Select.ALL_PROJECTED_ATTRIBUTES, true);
    assertEquals(5, r.count());
    assertEquals(1.0, r.consumedCapacity().readCapacityUnits());
  }

  @Test
  void theRoundedFetchesCountTowardsTheOneMegabytePage() {
    // the page is the index entries' size plus each fetch rounded to 4 KB, at most 1 MB: with
    // ~40-byte items each row weighs a little over 4 KB, so a page stops near 1 MB / 4 KB = 256
    load(300, 10);
    PageResponse r = query(Select.ALL_ATTRIBUTES, true);
    assertNotNull(r.lastEvaluatedKey(), "a page of rounded fetches reaches 1 MB before 300 items");
    assertTrue(r.scannedCount() > 240 && r.scannedCount() < 256, "scanned " + r.scannedCount());
    // one unit per fetch, plus the index entries (a few KB in all) rounded once
    double indexUnits = r.consumedCapacity().readCapacityUnits() - r.scannedCount();
    assertTrue(indexUnits >= 1 && indexUnits <= 3, "index units " + indexUnits);
  }
}
