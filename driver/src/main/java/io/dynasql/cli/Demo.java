package io.dynasql.cli;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;

import io.dynasql.engine.Database;
import io.dynasql.engine.api.ConsumedCapacity;
import io.dynasql.engine.api.GetItemRequest;
import io.dynasql.engine.api.ItemResponse;
import io.dynasql.engine.api.PageResponse;
import io.dynasql.engine.api.QueryRequest;
import io.dynasql.engine.api.ScanRequest;
import io.dynasql.engine.error.DynamoException;
import io.dynasql.engine.model.AttributeValue;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code dynasql demo}: loads {@link SampleData} and runs a scripted tour, printing each result
 * with its access label (GET / QUERY / SCAN), what it read, and what it would cost on DynamoDB.
 */
final class Demo {
  private final PrintStream out;
  private final int customers;

  Demo(PrintStream out, int customers) {
    this.out = out;
    this.customers = customers;
  }

  int run(Path directory) {
    try (Database db = directory == null ? Database.temporary() : Database.open(directory)) {
      out.println("dynasql demo: database in " + db.directory());
      int items = SampleData.load(db, customers, out);
      out.println("loaded " + items + " items into table " + SampleData.TABLE + " (index byStatus)");
      tour(db);
      return 0;
    } catch (DynamoException e) {
      out.println("demo failed: " + e.errorCode() + ": " + e.getMessage());
      return 1;
    }
  }

  private void tour(Database db) {
    step("1. GET one customer's profile by its full key");
    ItemResponse get = db.getItem(GetItemRequest.of(SampleData.TABLE, Map.of("pk", s("CUST#00042"), "sk", s("PROFILE"))));
    out.println("   " + show(get.item()));
    label("GET", 1, get.item() == null ? 0 : 1, get.consumedCapacity());

    step("2. QUERY that customer's orders (pk = :c AND begins_with(sk, 'ORDER#'))");
    PageResponse orders = db.query(QueryRequest.builder(SampleData.TABLE)
        .keyCondition("pk = :c AND begins_with(sk, :o)").values(Map.of(":c", s("CUST#00042"), ":o", s("ORDER#"))).build());
    orders.items().stream().limit(5).forEach(i -> out.println("   " + show(i.get("sk")) + "  " + show(i.get("status")) + "  " + show(i.get("total"))));
    label("QUERY", orders.scannedCount(), orders.count(), orders.consumedCapacity());

    step("3. QUERY the byStatus index: RETURNED orders in March");
    PageResponse returned = db.query(QueryRequest.builder(SampleData.TABLE).index("byStatus")
        .keyCondition("#s = :s AND orderDate BETWEEN :a AND :b").names(Map.of("#s", "status"))
        .values(Map.of(":s", s("RETURNED"), ":a", s("2026-03-01"), ":b", s("2026-03-31"))).build());
    out.println("   " + returned.count() + " orders, first: " + (returned.items().isEmpty() ? "-" : show(returned.items().get(0))));
    label("QUERY index=byStatus", returned.scannedCount(), returned.count(), returned.consumedCapacity());

    step("4. SCAN with a filter: orders over 990 (the filter runs after reading: every item is paid for)");
    Totals big = scan(db, "#t > :t", Map.of("#t", "total"), Map.of(":t", n(990)), null);
    out.println("   " + big.returned + " orders over 990");
    label("SCAN", big.read, big.returned, big.capacity);

    step("5. Rollup far from the data: revenue per status = a full SCAN summed in the client");
    Map<String, BigDecimal> revenue = new TreeMap<>();
    Totals all = scan(db, "begins_with(sk, :o)", null, Map.of(":o", s("ORDER#")), revenue);
    revenue.forEach((status, sum) -> out.println(String.format("   %-10s %12s", status, sum.toPlainString())));
    label("SCAN (aggregate computed far from the data)", all.read, all.returned, all.capacity);
  }

  private static final class Totals {
    int read;
    int returned;
    ConsumedCapacity capacity;
  }

  private Totals scan(Database db, String filter, Map<String, String> names, Map<String, AttributeValue> values,
      Map<String, BigDecimal> sums) {
    Totals t = new Totals();
    Map<String, AttributeValue> start = null;
    do {
      PageResponse page = db.scan(ScanRequest.builder(SampleData.TABLE).filter(filter).names(names).values(values).exclusiveStartKey(start).build());
      t.read += page.scannedCount();
      t.returned += page.count();
      t.capacity = t.capacity == null ? page.consumedCapacity() : t.capacity.plus(page.consumedCapacity());
      if (sums != null) {
        for (Map<String, AttributeValue> i : page.items()) {
          String status = ((AttributeValue.S) i.get("status")).value();
          sums.merge(status, ((AttributeValue.N) i.get("total")).value(), BigDecimal::add);
        }
      }
      start = page.lastEvaluatedKey();
    } while (start != null);
    return t;
  }

  /** A value as a person reads it: strings and numbers bare, items as {name: value, ...}. */
  static String show(Object v) {
    if (v instanceof AttributeValue.S x) return x.value();
    if (v instanceof AttributeValue.N x) return x.text();
    if (v instanceof Map<?, ?> m) {
      StringBuilder sb = new StringBuilder("{");
      m.forEach((k, x) -> sb.append(sb.length() > 1 ? ", " : "").append(k).append(": ").append(show(x)));
      return sb.append('}').toString();
    }
    return String.valueOf(v);
  }

  private void step(String title) {
    out.println();
    out.println(title);
  }

  private void label(String access, int read, int returned, ConsumedCapacity c) {
    out.println(String.format("   access=%s table=%s items_read=%d items_returned=%d read_units=%.1f cost_usd=%.8f",
        access, SampleData.TABLE, read, returned, c.readCapacityUnits(), Pricing.dollars(c)));
  }
}
