package io.dynasql.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.engine.api.IndexDescription;
import io.dynasql.engine.api.PageResponse;
import io.dynasql.engine.api.QueryRequest;
import io.dynasql.engine.api.ScanRequest;
import io.dynasql.engine.api.TableDescription;
import io.dynasql.engine.model.AttributeValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The whole store against the {@link StoreModel}: every item of the table (a full Scan, page by
 * page), the index list, every index (a full Scan and a full Query of each of its partitions, in
 * sort key order) and the counts DescribeTable reports.
 */
final class ModelChecks {
  private static final int PAGE = 7;

  private ModelChecks() {}

  static void all(Database db, StoreModel model, Comparator<AttributeValue> order, String ctx) {
    List<Map<String, AttributeValue>> expected = model.all();
    assertSameItems(expected, pages(start -> db.scan(ScanRequest.builder("Items").limit(PAGE).exclusiveStartKey(start).build())),
        ctx + ": table scan");
    TableDescription d = db.describeTable("Items");
    assertEquals(expected.size(), d.itemCount(), ctx + ": item count");
    assertEquals(new HashSet<>(model.indexes.keySet()),
        new HashSet<>(d.globalSecondaryIndexes().stream().map(IndexDescription::indexName).toList()), ctx + ": indexes");
    for (IndexDescription index : d.globalSecondaryIndexes()) {
      String name = index.indexName();
      String attribute = model.indexes.get(name);
      Map<AttributeValue, List<Map<String, AttributeValue>>> byValue = model.indexed(attribute);
      int entries = byValue.values().stream().mapToInt(List::size).sum();
      assertEquals(entries, index.itemCount(), ctx + ": " + name + " entry count");
      assertSameItems(byValue.values().stream().flatMap(List::stream).toList(),
          pages(start -> db.scan(ScanRequest.builder("Items").index(name).limit(PAGE).exclusiveStartKey(start).build())),
          ctx + ": " + name + " scan");
      for (Map.Entry<AttributeValue, List<Map<String, AttributeValue>>> e : byValue.entrySet()) {
        List<Map<String, AttributeValue>> seen = pages(start -> db.query(QueryRequest.builder("Items").index(name)
            .keyCondition("#a = :v").names(Map.of("#a", attribute)).values(Map.of(":v", e.getKey()))
            .limit(PAGE).exclusiveStartKey(start).build()));
        assertSameItems(e.getValue(), seen, ctx + ": " + name + " query " + attribute + "=" + shortly(e.getKey()));
        for (int i = 1; i < seen.size(); i++) {
          assertTrue(order.compare(seen.get(i - 1).get("sk"), seen.get(i).get("sk")) <= 0,
              ctx + ": " + name + " query out of sort key order at " + i);
        }
      }
    }
  }

  /** Every page of a Scan or Query, following LastEvaluatedKey. */
  static List<Map<String, AttributeValue>> pages(Function<Map<String, AttributeValue>, PageResponse> read) {
    List<Map<String, AttributeValue>> out = new ArrayList<>();
    Map<String, AttributeValue> start = null;
    do {
      PageResponse r = read.apply(start);
      out.addAll(r.items());
      start = r.lastEvaluatedKey();
    } while (start != null);
    return out;
  }

  /** The same items, in any order (a Scan walks partitions by hash). */
  private static void assertSameItems(List<Map<String, AttributeValue>> expected, List<Map<String, AttributeValue>> actual, String what) {
    assertEquals(expected.size(), actual.size(), what + ": count");
    assertEquals(new HashSet<>(expected), new HashSet<>(actual), what);
  }

  private static String shortly(AttributeValue v) {
    String s = v.toString();
    return s.length() > 40 ? s.substring(0, 20) + "..." + s.substring(s.length() - 12) : s;
  }
}
