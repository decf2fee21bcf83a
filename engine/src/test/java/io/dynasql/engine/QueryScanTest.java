package io.dynasql.engine;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.engine.api.CreateTableRequest;
import io.dynasql.engine.api.PageResponse;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.api.QueryRequest;
import io.dynasql.engine.api.ScanRequest;
import io.dynasql.engine.api.SecondaryIndex;
import io.dynasql.engine.api.Select;
import io.dynasql.engine.error.ValidationException;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.KeySchema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class QueryScanTest {
  private static Database db;

  @BeforeAll
  static void load() {
    db = Database.temporary();
    db.createTable(CreateTableRequest.of("Items", KeySchema.of("pk", AttributeType.S, "sk", AttributeType.N))
        .withGlobalIndexes(SecondaryIndex.all("byColor", KeySchema.of("color", AttributeType.S, "sk", AttributeType.N))));
    for (int p = 0; p < 10; p++) {
      for (int i = -5; i < 15; i++) {
        Map<String, AttributeValue> item = new java.util.HashMap<>(Map.of("pk", s("p" + p), "sk", n(i), "v", n(i * 10)));
        if (i % 3 == 0) item.put("color", s(i % 2 == 0 ? "red" : "blue"));
        db.putItem(PutItemRequest.of("Items", item));
      }
    }
  }

  @AfterAll
  static void close() {
    db.close();
  }

  private static List<Long> sks(PageResponse r) {
    List<Long> out = new ArrayList<>();
    for (Map<String, AttributeValue> i : r.items()) out.add(((AttributeValue.N) i.get("sk")).value().longValue());
    return out;
  }

  private static PageResponse q(String cond, Map<String, AttributeValue> values) {
    return db.query(QueryRequest.builder("Items").keyCondition(cond).values(values).build());
  }

  @Test
  void sortKeyOperatorsSelectContiguousRanges() {
    Map<String, AttributeValue> v = Map.of(":p", s("p3"), ":a", n(2));
    assertEquals(List.of(2L), sks(q("pk = :p AND sk = :a", v)));
    assertEquals(List.of(-5L, -4L, -3L, -2L, -1L, 0L, 1L), sks(q("pk = :p AND sk < :a", v)));
    assertEquals(8, q("pk = :p AND sk <= :a", v).count());
    assertEquals(12, q("pk = :p AND sk > :a", v).count());
    assertEquals(13, q("pk = :p AND sk >= :a", v).count());
    assertEquals(List.of(-1L, 0L, 1L, 2L), sks(q("pk = :p AND sk BETWEEN :lo AND :a",
        Map.of(":p", s("p3"), ":a", n(2), ":lo", n(-1)))));
    assertEquals(20, q("pk = :p", Map.of(":p", s("p3"))).count());
  }

  @Test
  void backwardLimitAndPaginationVisitEveryItemOnce() {
    List<Long> seen = new ArrayList<>();
    Map<String, AttributeValue> start = null;
    int pages = 0;
    do {
      PageResponse r = db.query(QueryRequest.builder("Items").keyCondition("pk = :p").values(Map.of(":p", s("p1")))
          .scanIndexForward(false).limit(6).exclusiveStartKey(start).build());
      seen.addAll(sks(r));
      start = r.lastEvaluatedKey();
      pages++;
    } while (start != null && pages < 10);
    List<Long> expected = new ArrayList<>();
    for (long i = 14; i >= -5; i--) expected.add(i);
    assertEquals(expected, seen);
  }

  @Test
  void filterCountsScannedItemsAndProjectionTrims() {
    PageResponse r = db.query(QueryRequest.builder("Items").keyCondition("pk = :p").filter("v >= :min")
        .projection("sk").values(Map.of(":p", s("p0"), ":min", n(100))).build());
    assertEquals(20, r.scannedCount());
    assertEquals(5, r.count());
    assertEquals(Map.of("sk", n(10)), r.items().get(0));
    PageResponse c = db.query(QueryRequest.builder("Items").keyCondition("pk = :p").select(Select.COUNT)
        .values(Map.of(":p", s("p0"))).build());
    assertEquals(20, c.count());
    assertTrue(c.items().isEmpty());
  }

  @Test
  void indexQueriesSeeOnlyItemsWithTheIndexKey() {
    PageResponse red = db.query(QueryRequest.builder("Items").index("byColor").keyCondition("color = :c")
        .values(Map.of(":c", s("red"))).build());
    // sk in {-0?}: i%3==0 and even: -0..: 0, 6, 12 per partition -> 3 x 10
    assertEquals(30, red.count());
    List<Long> order = sks(red);
    for (int i = 1; i < order.size(); i++) assertTrue(order.get(i - 1) <= order.get(i));
    assertThrows(ValidationException.class, () -> db.query(QueryRequest.builder("Items").index("byColor")
        .keyCondition("color = :c").values(Map.of(":c", s("red"))).consistentRead(true).build()));
  }

  @Test
  void parallelScanSegmentsPartitionTheTable() {
    Set<Map<String, AttributeValue>> all = new HashSet<>();
    int total = 0;
    for (int seg = 0; seg < 4; seg++) {
      PageResponse r = db.scan(ScanRequest.builder("Items").segment(seg, 4).build());
      assertNull(r.lastEvaluatedKey());
      total += r.count();
      all.addAll(r.items());
    }
    assertEquals(200, total);
    assertEquals(200, all.size());
  }

  @Test
  void scanPagesByLimitAndChargesOnceForThePage() {
    PageResponse first = db.scan(ScanRequest.builder("Items").limit(50).build());
    assertEquals(50, first.scannedCount());
    assertNotNull(first.lastEvaluatedKey());
    double expected = Math.ceil(first.bytesRead() / 4096.0) / 2;
    assertEquals(expected, first.consumedCapacity().readCapacityUnits());
    assertThrows(ValidationException.class, () -> db.scan(ScanRequest.builder("Items").segment(4, 4).build()));
    assertThrows(ValidationException.class, () -> db.scan(ScanRequest.builder("Items").limit(0).build()));
  }

  @Test
  void aQueryFilterMayNotUseKeyAttributes() {
    ValidationException e = assertThrows(ValidationException.class, () -> db.query(QueryRequest.builder("Items")
        .keyCondition("pk = :p").filter("sk > :a").values(Map.of(":p", s("p1"), ":a", n(1))).build()));
    assertTrue(e.getMessage().contains("Primary key attribute: sk"), e.getMessage());
  }

  @Test
  void keyConditionErrorsNameTheKey() {
    ValidationException e = assertThrows(ValidationException.class, () -> q("sk = :a", Map.of(":a", n(1))));
    assertTrue(e.getMessage().contains("pk"), e.getMessage());
  }
}
