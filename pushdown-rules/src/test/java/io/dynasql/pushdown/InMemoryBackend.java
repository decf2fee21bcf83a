package io.dynasql.pushdown;

import io.dynasql.engine.expr.Expressions;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.ItemSizes;
import io.dynasql.engine.model.KeyOrdering;
import io.dynasql.engine.model.KeySchema;
import io.dynasql.engine.model.ProjectionType;
import io.dynasql.pushdown.backend.BatchRead;
import io.dynasql.pushdown.backend.IndexShape;
import io.dynasql.pushdown.backend.KeyRead;
import io.dynasql.pushdown.backend.QueryRead;
import io.dynasql.pushdown.backend.RangeRead;
import io.dynasql.pushdown.backend.ReadPage;
import io.dynasql.pushdown.backend.ScanRead;
import io.dynasql.pushdown.backend.TableBackend;
import io.dynasql.pushdown.backend.TableShape;
import io.dynasql.pushdown.backend.TableStatistics;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A table held in a list, as a {@link TableBackend}: what the rules' tests plan and read against,
 * with no engine. Pages hold at most {@code pageItems} evaluated items, so paging is exercised;
 * every call is logged in {@link #calls}.
 */
final class InMemoryBackend implements TableBackend {
  private final TableShape shape;
  private final List<Map<String, AttributeValue>> items = new ArrayList<>();
  private final int pageItems;
  final List<String> calls = new ArrayList<>();

  InMemoryBackend(TableShape shape, int pageItems) {
    this.shape = shape;
    this.pageItems = pageItems;
  }

  InMemoryBackend put(Map<String, AttributeValue> item) {
    items.add(Map.copyOf(item));
    return this;
  }

  @Override public TableShape shape() { return shape; }

  @Override
  public TableStatistics statistics() {
    Map<String, TableStatistics.Sizes> indexes = new HashMap<>();
    for (IndexShape i : shape.indexes()) {
      List<Map<String, AttributeValue>> entries = entries(i.name());
      indexes.put(i.name(), new TableStatistics.Sizes(entries.size(), bytes(entries), keys(entries, i.keySchema().partitionKey())));
    }
    return new TableStatistics(new TableStatistics.Sizes(items.size(), bytes(items),
        keys(items, shape.keySchema().partitionKey())), indexes);
  }

  @Override
  public ReadPage get(KeyRead read) {
    calls.add("get " + read.key());
    List<Map<String, AttributeValue>> found = items.stream().filter(i -> shape.keySchema().keyOf(i).equals(read.key())).toList();
    return new ReadPage(found, found.size(), found.size(), bytes(found), units(bytes(found), read.consistent()), null, List.of());
  }

  @Override
  public ReadPage batchGet(BatchRead read) {
    calls.add("batchGet " + read.keys().size());
    List<Map<String, AttributeValue>> found = items.stream().filter(i -> read.keys().contains(shape.keySchema().keyOf(i))).toList();
    return new ReadPage(found, found.size(), found.size(), bytes(found), units(bytes(found), read.consistent()), null, List.of());
  }

  @Override public ReadPage query(QueryRead read) { return page(read, false); }

  @Override public ReadPage scan(ScanRead read) { return page(read, false); }

  @Override public ReadPage count(RangeRead read) { return page(read, true); }

  /** One page: evaluates up to the page size (or limit) after the start key, then filters and projects. */
  private ReadPage page(RangeRead read, boolean count) {
    calls.add((read instanceof QueryRead ? "query" : "scan") + (count ? " count" : "") + (read.index() == null ? "" : " " + read.index()));
    List<Map<String, AttributeValue>> range = new ArrayList<>(entries(read.index()));
    KeySchema keys = shape.keySchemaOf(read.index());
    if (read instanceof QueryRead q) {
      range.removeIf(e -> !q.key().partitionValue().equals(e.get(keys.partitionKey()))
          || (q.key().sortCondition() != null && !q.key().sortCondition().matches(e.get(keys.sortKey()))));
      if (!q.forward()) java.util.Collections.reverse(range);
    }
    int from = 0;
    if (read.startKey() != null) {
      while (from < range.size() && !shape.keySchema().keyOf(range.get(from)).equals(shape.keySchema().keyOf(read.startKey()))) from++;
      from++;
    }
    Integer limit = read instanceof QueryRead q ? q.limit() : ((ScanRead) read).limit();
    int to = Math.min(range.size(), from + (limit == null ? pageItems : Math.min(limit, pageItems)));
    List<Map<String, AttributeValue>> evaluated = range.subList(Math.min(from, to), to);
    List<Map<String, AttributeValue>> out = new ArrayList<>();
    long matched = 0;
    for (Map<String, AttributeValue> e : evaluated) {
      if (read.filter() != null && !Expressions.evaluate(read.filter(), e)) continue;
      matched++;
      if (!count) out.add(project(e, read instanceof QueryRead q ? q.projection() : ((ScanRead) read).projection()));
    }
    Map<String, AttributeValue> last = to < range.size() && !evaluated.isEmpty() ? evaluated.get(evaluated.size() - 1) : null;
    return ReadPage.range(out, matched, evaluated.size(), bytes(evaluated), units(bytes(evaluated), read.consistent()), last);
  }

  /** The table's items, or an index's entries (items with its key, projected), in key order. */
  private List<Map<String, AttributeValue>> entries(String index) {
    KeySchema tk = shape.keySchema();
    KeySchema k = shape.keySchemaOf(index);
    List<Map<String, AttributeValue>> out = new ArrayList<>();
    for (Map<String, AttributeValue> item : items) {
      if (k.keyOf(item) == null) continue;
      if (index == null || shape.index(index).projectionType() == ProjectionType.ALL) out.add(item);
      else out.add(projectEntry(item, shape.index(index), tk));
    }
    Comparator<Map<String, AttributeValue>> order = Comparator.comparing((Map<String, AttributeValue> e) -> e.get(k.partitionKey()), KeyOrdering::compare);
    if (k.hasSortKey()) order = order.thenComparing(e -> e.get(k.sortKey()), KeyOrdering::compare);
    order = order.thenComparing(e -> e.get(tk.partitionKey()), KeyOrdering::compare);
    if (tk.hasSortKey()) order = order.thenComparing(e -> e.get(tk.sortKey()), KeyOrdering::compare);
    out.sort(order);
    return out;
  }

  private static Map<String, AttributeValue> projectEntry(Map<String, AttributeValue> item, IndexShape i, KeySchema tk) {
    Map<String, AttributeValue> e = new LinkedHashMap<>();
    item.forEach((name, v) -> { if (i.projects(name, tk)) e.put(name, v); });
    return e;
  }

  private static Map<String, AttributeValue> project(Map<String, AttributeValue> item, java.util.Set<String> names) {
    if (names == null) return item;
    Map<String, AttributeValue> out = new LinkedHashMap<>(item);
    out.keySet().retainAll(names);
    return out;
  }

  /** Distinct partition keys, counted exactly (an in-memory list can afford what the engine samples). */
  private static long keys(List<Map<String, AttributeValue>> list, String partitionKey) {
    return list.stream().map(i -> i.get(partitionKey)).distinct().count();
  }

  private static long bytes(List<Map<String, AttributeValue>> list) {
    long b = 0;
    for (Map<String, AttributeValue> i : list) b += ItemSizes.of(i);
    return b;
  }

  private static double units(long bytes, boolean consistent) {
    double u = Math.max(1, Math.ceil(bytes / 4096.0));
    return consistent ? u : u / 2;
  }
}
