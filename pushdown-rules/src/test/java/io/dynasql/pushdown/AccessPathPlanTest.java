package io.dynasql.pushdown;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.IndexKind;
import io.dynasql.engine.model.KeySchema;
import io.dynasql.engine.model.ProjectionType;
import io.dynasql.pushdown.backend.IndexShape;
import io.dynasql.pushdown.backend.TableShape;
import java.util.List;
import java.util.Map;
import org.apache.calcite.sql.type.SqlTypeName;
import org.junit.jupiter.api.Test;

/**
 * The access path the rules choose for each shape of statement, planned over an in-memory
 * backend: SQL in, the access's EXPLAIN text out. Key conditions follow DynamoDB's Query
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Query.KeyConditionExpressions.html):
 * equality on the partition key, one test (=, <, <=, >, >=, BETWEEN, begins_with) on the sort key.
 */
class AccessPathPlanTest {
  /** Orders keyed by customer and id; a sparse, keys-only global index on status; a local index on total. */
  static final TableShape ORDERS = new TableShape("orders", KeySchema.of("customer", AttributeType.S, "id", AttributeType.N),
      List.of(new IndexShape("byStatus", IndexKind.GLOBAL, KeySchema.of("status", AttributeType.S, "id", AttributeType.N),
              ProjectionType.KEYS_ONLY, List.of()),
          new IndexShape("byTotal", IndexKind.LOCAL, KeySchema.of("customer", AttributeType.S, "total", AttributeType.N),
              ProjectionType.ALL, List.of())));

  /** 40 customers of 10 orders of 3 KB; only every 50th order has a status (a sparse index). */
  static FakeTable ordersTable() {
    InMemoryBackend backend = new InMemoryBackend(ORDERS, 5);
    String pad = "x".repeat(3000);
    for (int id = 0; id < 400; id++) {
      Map<String, AttributeValue> item = new java.util.HashMap<>(Map.<String, AttributeValue>of("customer", s("c" + id / 10), "id", n(id), "total", n(id % 7), "note", s(pad)));
      if (id % 50 == 0) item.put("status", s("late"));
      backend.put(item);
    }
    return new FakeTable(backend).column("customer", SqlTypeName.VARCHAR).column("id", SqlTypeName.BIGINT)
        .column("total", SqlTypeName.BIGINT).column("status", SqlTypeName.VARCHAR).column("note", SqlTypeName.VARCHAR);
  }

  static PlanFixture orders() {
    return new PlanFixture().table("orders", ordersTable());
  }

  @Test
  void theWholeKeyIsAGet() {
    assertEquals("access=GET table=orders key=[customer = 'c1' AND id = 12] projection=[customer, id, total]",
        orders().access("SELECT total FROM orders WHERE customer = 'c1' AND id = 12"));
  }

  @Test
  void anInListOfWholeKeysIsABatchGet() {
    assertEquals("access=BATCH_GET table=orders key=[customer IN ('c1', 'c2') AND id = 12] projection=[customer, id, total]",
        orders().access("SELECT total FROM orders WHERE customer IN ('c1', 'c2') AND id = 12"));
  }

  @Test
  void aSortKeyRangeIsAQuery() {
    assertEquals("access=QUERY table=orders key=[customer = 'c1' AND id BETWEEN 10 AND 15] projection=[customer, id, total]",
        orders().access("SELECT total FROM orders WHERE customer = 'c1' AND id >= 10 AND id <= 15"));
    assertEquals("access=QUERY table=orders key=[customer = 'c1' AND id > 14] projection=[customer, id, total]",
        orders().access("SELECT total FROM orders WHERE customer = 'c1' AND id > 14"));
  }

  @Test
  void aLikePrefixOnAStringSortKeyIsBeginsWith() {
    TableShape events = new TableShape("events", KeySchema.of("device", AttributeType.S, "stamp", AttributeType.S), List.of());
    InMemoryBackend backend = new InMemoryBackend(events, 5).put(Map.of("device", s("d"), "stamp", s("2024-01-02")));
    FakeTable t = new FakeTable(backend).column("device", SqlTypeName.VARCHAR).column("stamp", SqlTypeName.VARCHAR);
    assertEquals("access=QUERY table=events key=[device = 'd' AND begins_with(stamp, '2024-01')]",
        new PlanFixture().table("events", t).access("SELECT device, stamp FROM events WHERE device = 'd' AND stamp LIKE '2024-01%'"));
  }

  @Test
  void anIndexKeyIsAnIndexQuery() {
    assertEquals("access=QUERY table=orders index=byStatus key=[status = 'late'] projection=[customer, id, status]",
        orders().access("SELECT customer, id FROM orders WHERE status = 'late'"));
  }

  @Test
  void noKeyIsAScanWithThePredicatePushedAsAFilter() {
    assertEquals("access=SCAN table=orders filter=[total > 5] projection=[id, total]",
        orders().access("SELECT id FROM orders WHERE total > 5"));
  }

  @Test
  void countStarIsCountedByTheStore() {
    assertEquals("access=QUERY table=orders key=[customer = 'c1'] projection=[] select=COUNT",
        orders().access("SELECT COUNT(*) FROM orders WHERE customer = 'c1'"));
  }

  @Test
  void aLimitStopsTheRead() {
    assertEquals("access=SCAN table=orders projection=[id] limit=3",
        orders().access("SELECT id FROM orders LIMIT 3"));
  }

  @Test
  void orderBySortKeyDescendingReadsBackward() {
    assertEquals("access=QUERY table=orders key=[customer = 'c1'] projection=[customer, id] order=backward limit=2",
        orders().access("SELECT id FROM orders WHERE customer = 'c1' ORDER BY id DESC LIMIT 2"));
  }

  @Test
  void aForcedIndexIsReadEvenWhereTheTableKeyIsCheaper() {
    PlanFixture f = new PlanFixture().table("orders", ordersTable().forceIndex("byTotal"));
    assertEquals("access=QUERY table=orders index=byTotal key=[customer = 'c1' AND total = 3] filter=[id = 12] projection=[customer, id, total]",
        f.access("SELECT id FROM orders WHERE customer = 'c1' AND id = 12 AND total = 3"));
  }

  @Test
  void forbiddenIndexesLeaveAScan() {
    PlanFixture f = new PlanFixture().table("orders", ordersTable().forbidIndexes());
    assertEquals("access=SCAN table=orders filter=[status = 'late'] projection=[customer, id, status]",
        f.access("SELECT customer, id FROM orders WHERE status = 'late'"));
  }

  @Test
  void aSparseIndexBeatsTheTablesPartitionOnCost() {
    // customer c0's partition: 10 orders of 3 KB, about 4 read units; byStatus 'late': one small entry
    assertEquals("access=QUERY table=orders index=byStatus key=[status = 'late'] filter=[customer = 'c0'] projection=[customer, id, status]",
        orders().access("SELECT customer, id FROM orders WHERE customer = 'c0' AND status = 'late'"));
  }

  @Test
  void withoutTheSparseIndexTheTablesPartitionIsRead() {
    PlanFixture f = new PlanFixture().table("orders", ordersTable().forbidIndexes());
    assertEquals("access=QUERY table=orders key=[customer = 'c0'] filter=[status = 'late'] projection=[customer, id, status]",
        f.access("SELECT customer, id FROM orders WHERE customer = 'c0' AND status = 'late'"));
  }
}
