package io.dynasql.pushdown;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynasql.engine.expr.ComparisonOperator;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.KeySchema;
import io.dynasql.pushdown.backend.TableShape;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.calcite.sql.type.SqlTypeName;
import org.junit.jupiter.api.Test;

/**
 * The access runner reads a backend lazily, one page a call, and labels the access with what
 * the pages said they read. Paging follows DynamoDB's LastEvaluatedKey
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Query.Pagination.html) and
 * BatchGetItem's 100 keys a call
 * (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BatchGetItem.html).
 */
class BackendReadTest {
  private final InMemoryBackend backend = new InMemoryBackend(
      new TableShape("logs", KeySchema.of("host", AttributeType.S, "seq", AttributeType.N), List.of()), 5);
  private final FakeTable table;

  BackendReadTest() {
    for (int h = 0; h < 3; h++) {
      for (int i = 0; i < 12; i++) backend.put(Map.of("host", s("h" + h), "seq", n(i), "level", n(i % 3)));
    }
    table = new FakeTable(backend).column("host", SqlTypeName.VARCHAR).column("seq", SqlTypeName.BIGINT)
        .column("level", SqlTypeName.BIGINT);
  }

  private ItemStream open(AccessPath path, AccessReport report) {
    return ItemStream.open(table, path, Binder.of(null, table), report, null);
  }

  private static KeyValue lit(AttributeValue v) {
    return new KeyValue.Literal(v);
  }

  @Test
  void aScanAsksForTheNextPageOnlyWhenTheRowsAboveNeedIt() {
    AccessReport report = new AccessReport();
    Iterator<Map<String, AttributeValue>> it = open(AccessPath.scan("logs"), report).iterator();
    for (int i = 0; i < 3; i++) it.next();
    assertEquals(List.of("scan"), backend.calls);
    int rest = 0;
    while (it.hasNext()) {
      it.next();
      rest++;
    }
    assertEquals(33, rest);
    assertEquals(8, backend.calls.size()); // 36 items, 5 a page: 7 pages and 1 that finds the end
    AccessRecord r = report.records().get(0);
    assertEquals(36, r.itemsRead());
    assertEquals(AccessKind.SCAN, r.kind());
    assertEquals(4.0, r.readUnits(), 1e-9); // 8 pages of half a unit each
  }

  @Test
  void aPushedFilterIsEvaluatedByTheBackendAndStillChargesWhatItRead() {
    AccessReport report = new AccessReport();
    FilterSpec levelTwo = new FilterSpec.Compare("level", ComparisonOperator.EQ, lit(n(2)));
    List<Map<String, AttributeValue>> rows = drain(open(AccessPath.scan("logs").withFilter(levelTwo), report));
    assertEquals(12, rows.size());
    assertEquals(36, report.records().get(0).itemsRead());
  }

  @Test
  void aBackwardQueryOfTwoPartitionsReadsEachInTurn() {
    AccessPath path = new AccessPath(AccessKind.QUERY, "logs", null, "host", List.of(lit(s("h2")), lit(s("h0"))),
        new SortKeyRange("seq", io.dynasql.engine.expr.SortKeyCondition.Operator.GE, lit(n(9)), null), null, null, false, null, false);
    List<String> keys = new ArrayList<>();
    for (Map<String, AttributeValue> item : drain(open(path, new AccessReport()))) {
      keys.add(((AttributeValue.S) item.get("host")).value() + "/" + ((AttributeValue.N) item.get("seq")).value().toPlainString());
    }
    assertEquals(List.of("h2/11", "h2/10", "h2/9", "h0/11", "h0/10", "h0/9"), keys);
  }

  @Test
  void aCountIsTheBackendsCountAndReturnsNoItems() {
    AccessPath path = new AccessPath(AccessKind.QUERY, "logs", null, "host", List.of(lit(s("h1"))), null,
        null, null, true, null, false).counting();
    assertEquals(12, open(path, new AccessReport()).count());
    assertEquals(List.of("query count", "query count", "query count"), backend.calls);
  }

  @Test
  void aBatchGetAsksForAtMostOneHundredKeysACall() {
    List<KeyValue> hosts = new ArrayList<>();
    for (int h = 0; h < 150; h++) hosts.add(lit(s("h" + h)));
    AccessPath path = new AccessPath(AccessKind.BATCH_GET, "logs", null, "host", hosts,
        new SortKeyRange("seq", io.dynasql.engine.expr.SortKeyCondition.Operator.EQ, lit(n(4)), null), null, null, true, null, false);
    AccessReport report = new AccessReport();
    assertEquals(3, drain(open(path, report)).size());
    assertEquals(List.of("batchGet 100", "batchGet 50"), backend.calls);
    assertEquals(AccessKind.BATCH_GET, report.records().get(0).kind());
  }

  /**
   * Pushed pages (what a streamed aggregate reads: a backend's default hands out each page it
   * read) give the items the iterator gives, in order, with the same calls and the same label.
   */
  @Test
  void pushedPagesHandOutWhatTheIteratorReturnsWithTheSameLabel() {
    FilterSpec notZero = new FilterSpec.Compare("level", ComparisonOperator.NE, lit(n(0)));
    AccessPath query = new AccessPath(AccessKind.QUERY, "logs", null, "host", List.of(lit(s("h1")), lit(s("h0"))),
        null, null, null, false, null, false).withFilter(notZero);
    for (AccessPath path : List.of(AccessPath.scan("logs").withFilter(notZero), query)) {
      AccessReport iterated = new AccessReport();
      List<Map<String, AttributeValue>> expected = drain(open(path, iterated));
      List<String> iteratorCalls = List.copyOf(backend.calls);
      backend.calls.clear();
      AccessReport pushedReport = new AccessReport();
      ItemStream pushed = open(path, pushedReport);
      List<Map<String, AttributeValue>> got = new ArrayList<>();
      int pages = 0;
      while (pushed.push(got::add)) pages++;
      assertEquals(expected, got, path.toString());
      assertEquals(iteratorCalls, backend.calls);
      assertEquals(iteratorCalls.size(), pages, "one page a call");
      assertEquals(iterated.records(), pushedReport.records());
      backend.calls.clear();
    }
  }

  private static List<Map<String, AttributeValue>> drain(ItemStream stream) {
    List<Map<String, AttributeValue>> out = new ArrayList<>();
    stream.iterator().forEachRemaining(out::add);
    return out;
  }
}
