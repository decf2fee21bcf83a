package io.dynasql.pushdown;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.KeySchema;
import io.dynasql.pushdown.backend.BatchRead;
import io.dynasql.pushdown.backend.KeyRead;
import io.dynasql.pushdown.backend.QueryRead;
import io.dynasql.pushdown.backend.RangeRead;
import io.dynasql.pushdown.backend.ScanRead;
import io.dynasql.pushdown.backend.TableBackend;
import io.dynasql.pushdown.backend.TableStatistics;
import io.dynasql.pushdown.backend.ReadPage;
import io.dynasql.pushdown.backend.TableShape;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.calcite.DataContext;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.linq4j.Linq4j;
import org.apache.calcite.linq4j.QueryProvider;
import org.apache.calcite.rel.core.JoinRelType;
import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.sql.type.SqlTypeName;
import org.junit.jupiter.api.Test;

/**
 * The lookups a {@link LookupRunner} makes for its outer rows: each distinct key once (a NULL key
 * never), BATCH_GET in calls of at most 100 keys (BatchGetItem's limit,
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BatchGetItem.html), one
 * Query per distinct partition key, one report line summing every call, and a raised cancel flag
 * stopping it between calls.
 */
class LookupRunnerTest {
  private static final TableShape ORDERS = new TableShape("orders",
      KeySchema.of("customer", AttributeType.S, "id", AttributeType.N), List.of());

  /** 150 customers of 2 orders each, pages of 2 items. */
  private static InMemoryBackend orders() {
    InMemoryBackend b = new InMemoryBackend(ORDERS, 2);
    for (int c = 0; c < 150; c++) {
      for (int i = 0; i < 2; i++) b.put(Map.of("customer", s("c" + c), "id", n(i), "total", n(c * 10 + i)));
    }
    return b;
  }

  private static FakeTable table(InMemoryBackend b) {
    return new FakeTable(b).column("customer", SqlTypeName.VARCHAR).column("id", SqlTypeName.BIGINT)
        .column("total", SqlTypeName.BIGINT);
  }

  /** A data context holding a report and a cancel flag, as a JDBC statement's execution does. */
  private record Context(AccessReport report, AtomicBoolean cancel) implements DataContext {
    @Override public SchemaPlus getRootSchema() { return null; }
    @Override public JavaTypeFactory getTypeFactory() { return null; }
    @Override public QueryProvider getQueryProvider() { return null; }
    @Override public Object get(String name) {
      if (name.equals(AccessReport.VARIABLE)) return report;
      return name.equals(DataContext.Variable.CANCEL_FLAG.camelName) ? cancel : null;
    }
  }

  private static List<String> run(FakeTable t, LookupPath path, List<Object[]> outer, Context context) {
    LookupSpec spec = new LookupSpec(t, path, new int[] {1, 2}, JoinRelType.INNER, path.keys());
    List<String> rows = new ArrayList<>();
    for (Object row : LookupRunner.join(Linq4j.asEnumerable(outer), spec, false, false, context)) {
      rows.add(Arrays.toString((Object[]) row));
    }
    return rows;
  }

  private static final LookupKey CUSTOMER = new LookupKey("customer", 0, 0, "customer");

  @Test
  void aQueryPerDistinctPartitionKeyAndOneReportLine() {
    InMemoryBackend b = orders();
    Context context = new Context(new AccessReport(), new AtomicBoolean());
    LookupPath path = new LookupPath(AccessKind.QUERY, AccessPath.scan("orders"), List.of(CUSTOMER));
    List<Object[]> outer = List.of(new Object[] {"c1"}, new Object[] {"c2"}, new Object[] {"c1"},
        new Object[] {"nobody"}, new Object[] {null});
    assertEquals(List.of("[c1, 0, 10]", "[c1, 1, 11]", "[c2, 0, 20]", "[c2, 1, 21]", "[c1, 0, 10]", "[c1, 1, 11]"),
        run(table(b), path, outer, context));
    assertEquals(List.of("query", "query", "query"), b.calls); // c1, c2, nobody: one page each
    AccessRecord r = context.report().records().get(0);
    assertEquals(List.of(AccessKind.QUERY, 4L, 4L), List.of(r.kind(), r.itemsRead(), r.itemsReturned()));
  }

  @Test
  void wholeKeysAreBatchGetsOfAtMostAHundred() {
    InMemoryBackend b = orders();
    Context context = new Context(new AccessReport(), new AtomicBoolean());
    LookupKey id = new LookupKey("id", 1, 1, "id");
    LookupPath path = new LookupPath(AccessKind.BATCH_GET, AccessPath.scan("orders"), List.of(CUSTOMER, id));
    List<Object[]> outer = new ArrayList<>();
    for (int c = 0; c < 150; c++) outer.add(new Object[] {"c" + c, 1L});
    outer.add(new Object[] {"c0", 1L}); // asked for again: not looked up again
    assertEquals(151, run(table(b), path, outer, context).size());
    assertEquals(List.of("batchGet 100", "batchGet 50"), b.calls);
    assertEquals(150, context.report().records().get(0).itemsRead());
  }

  @Test
  void aCancelStopsTheLookupsBetweenCalls() {
    AtomicBoolean cancel = new AtomicBoolean();
    InMemoryBackend b = new InMemoryBackend(ORDERS, 2);
    TableBackend canceling = new TableBackend() { // the statement is canceled while the first Query runs
      @Override public TableShape shape() { return b.shape(); }
      @Override public TableStatistics statistics() { return b.statistics(); }
      @Override public ReadPage get(KeyRead read) { return b.get(read); }
      @Override public ReadPage batchGet(BatchRead read) { return b.batchGet(read); }
      @Override public ReadPage scan(ScanRead read) { return b.scan(read); }
      @Override public ReadPage count(RangeRead read) { return b.count(read); }
      @Override public ReadPage query(QueryRead read) {
        cancel.set(true);
        return b.query(read);
      }
    };
    for (int c = 0; c < 5; c++) b.put(Map.of("customer", s("c" + c), "id", n(0), "total", n(c)));
    LookupPath path = new LookupPath(AccessKind.QUERY, AccessPath.scan("orders"), List.of(CUSTOMER));
    List<Object[]> outer = List.of(new Object[] {"c0"}, new Object[] {"c1"}, new Object[] {"c2"});
    Context context = new Context(new AccessReport(), cancel);
    assertThrows(StatementCanceledException.class, () -> run(new FakeTable(canceling).column("customer", SqlTypeName.VARCHAR)
        .column("id", SqlTypeName.BIGINT).column("total", SqlTypeName.BIGINT), path, outer, context));
    assertEquals(List.of("query"), b.calls);
  }
}
