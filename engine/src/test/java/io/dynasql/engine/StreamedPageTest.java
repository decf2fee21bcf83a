package io.dynasql.engine;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.engine.api.CreateTableRequest;
import io.dynasql.engine.api.ItemSink;
import io.dynasql.engine.api.PageResponse;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.api.QueryRequest;
import io.dynasql.engine.api.ScanRequest;
import io.dynasql.engine.expr.ComparisonOperator;
import io.dynasql.engine.expr.Condition;
import io.dynasql.engine.expr.KeyCondition;
import io.dynasql.engine.expr.Path;
import io.dynasql.engine.expr.Value;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.KeySchema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A page read into an {@link ItemSink} hands out, in order, exactly the items the same page lists,
 * and counts, prices and continues (LastEvaluatedKey) as it does: the listed page is the
 * reference. An exception from the sink ends the read, reaches the caller as it was thrown, and
 * leaves the database readable and writable.
 */
class StreamedPageTest {
  private Database db;

  @BeforeEach
  void load() {
    db = Database.temporary();
    db.createTable(CreateTableRequest.of("Tab", KeySchema.of("pk", AttributeType.S, "sk", AttributeType.N)));
    for (int i = 0; i < 60; i++) {
      db.putItem(PutItemRequest.of("Tab", Map.of("pk", s("p" + i % 3), "sk", n(i), "x", n(i % 7), "w", s("w" + i))));
    }
  }

  @AfterEach
  void close() {
    db.close();
  }

  /** What a sink was handed: copies, since the map it is handed may hold the next item after the call. */
  private static final class Kept implements ItemSink {
    final List<Map<String, AttributeValue>> items = new ArrayList<>();

    @Override
    public void accept(Map<String, AttributeValue> item) {
      items.add(new HashMap<>(item));
    }
  }

  private static Condition xAbove(int v) {
    return new Condition.Comparison(ComparisonOperator.GT, Path.of("x"), new Value(n(v)));
  }

  private static void assertSamePage(PageResponse listed, PageResponse streamed, Kept kept) {
    assertEquals(listed.items(), kept.items);
    assertTrue(streamed.items().isEmpty(), "a streamed page lists no items");
    assertEquals(listed.count(), streamed.count());
    assertEquals(listed.scannedCount(), streamed.scannedCount());
    assertEquals(listed.consumedCapacity(), streamed.consumedCapacity());
    assertEquals(listed.bytesRead(), streamed.bytesRead());
    assertEquals(listed.lastEvaluatedKey(), streamed.lastEvaluatedKey());
  }

  @Test
  void aStreamedScanHandsOutTheListedPagesItemsPageByPage() {
    ScanRequest.Builder scan = ScanRequest.builder("Tab").filter(xAbove(3)).attributes(Set.of("pk", "x")).limit(25);
    Map<String, AttributeValue> start = null;
    int pages = 0;
    do {
      PageResponse listed = db.scan(scan.exclusiveStartKey(start).build());
      Kept kept = new Kept();
      PageResponse streamed = db.scan(scan.exclusiveStartKey(start).build(), kept);
      assertSamePage(listed, streamed, kept);
      start = streamed.lastEvaluatedKey();
      pages++;
    } while (start != null);
    assertEquals(3, pages); // 25 + 25 + 10 evaluated
  }

  @Test
  void aStreamedQueryHandsOutTheListedItemsInSortKeyOrder() {
    QueryRequest q = QueryRequest.builder("Tab").keyCondition(new KeyCondition("pk", s("p1"), null))
        .filter(xAbove(1)).scanIndexForward(false).build();
    Kept kept = new Kept();
    assertSamePage(db.query(q), db.query(q, kept), kept);
    assertTrue(kept.items.size() > 5);
    // expression strings stream too, whole items included
    QueryRequest text = QueryRequest.builder("Tab").keyCondition("pk = :p").values(Map.of(":p", s("p2"))).build();
    Kept whole = new Kept();
    assertSamePage(db.query(text), db.query(text, whole), whole);
    assertEquals(20, whole.items.size());
  }

  @Test
  void anExceptionFromTheSinkReachesTheCallerAndTheDatabaseGoesOn() {
    IllegalStateException stop = new IllegalStateException("the sink's own failure");
    int[] handed = {0};
    IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> db.scan(ScanRequest.builder("Tab").build(), item -> {
      if (++handed[0] == 3) throw stop;
    }));
    assertSame(stop, thrown);
    assertEquals(3, handed[0], "the read stops at the failure");
    db.putItem(PutItemRequest.of("Tab", Map.of("pk", s("p9"), "sk", n(1))));
    assertEquals(61, db.scan(ScanRequest.builder("Tab").build()).count());
  }

  @Test
  void aNullSinkIsRefused() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> db.scan(ScanRequest.builder("Tab").build(), null));
    assertEquals("sink", e.getMessage());
  }
}
