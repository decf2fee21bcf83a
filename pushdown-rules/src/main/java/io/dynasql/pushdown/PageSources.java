package io.dynasql.pushdown;

import io.dynasql.engine.Database;
import io.dynasql.engine.api.BatchGetItemResponse;
import io.dynasql.engine.api.GetItemRequest;
import io.dynasql.engine.api.ItemResponse;
import io.dynasql.engine.api.KeysAndAttributes;
import io.dynasql.engine.api.PageResponse;
import io.dynasql.engine.api.ReadSet;
import io.dynasql.engine.api.Select;
import io.dynasql.engine.catalog.IndexDescriptor;
import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.codec.ItemSize;
import io.dynasql.engine.expr.Condition;
import io.dynasql.engine.expr.Expressions;
import io.dynasql.engine.expr.SortKeyCondition;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.IndexKind;
import io.dynasql.engine.ops.Compiled;
import io.dynasql.engine.ops.ReadPlan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The page sources of each access kind, over the engine's operations. */
final class PageSources {
  private PageSources() {}

  /**
   * @param readSet where reads record item versions, or null
   * @param writes the reading transaction's uncommitted writes, which it must see, or null
   */
  static ItemStream.PageSource of(DynamoSource source, AccessPath path, Binder binder, ReadSet readSet,
      PendingWrites writes) {
    Condition filter = path.filter() == null ? null : path.filter().bind(binder);
    if (path.filter() != null && filter == null) return () -> null; // a NULL parameter: nothing matches
    Map<Map<String, AttributeValue>, Map<String, AttributeValue>> pending = writes == null ? Map.of() : writes.of(path.table());
    switch (path.kind()) {
      case GET: return get(source, path, binder, filter, readSet, pending);
      case BATCH_GET: return batchGet(source, path, binder, filter, readSet, pending);
      default: return reads(source, path, binder, filter, readSet, pending);
    }
  }

  /** The full primary keys of a GET or BATCH_GET; keys with a NULL or unconvertible part are dropped. */
  private static List<Map<String, AttributeValue>> keys(DynamoSource source, AccessPath path, Binder binder) {
    TableDescriptor t = source.descriptor();
    List<Map<String, AttributeValue>> keys = new ArrayList<>();
    AttributeValue sk = path.sort() == null ? null : binder.bind(path.sort().value());
    for (KeyValue v : path.partitionValues()) {
      AttributeValue pk = binder.bind(v);
      if (pk == null || (t.keySchema().hasSortKey() && sk == null)) continue;
      Map<String, AttributeValue> key = new HashMap<>();
      key.put(t.keySchema().partitionKey(), pk);
      if (t.keySchema().hasSortKey()) key.put(t.keySchema().sortKey(), sk);
      if (!keys.contains(key)) keys.add(key);
    }
    return keys;
  }

  private static ItemStream.PageSource get(DynamoSource source, AccessPath path, Binder binder, Condition filter,
      ReadSet readSet, Map<Map<String, AttributeValue>, Map<String, AttributeValue>> pending) {
    List<Map<String, AttributeValue>> keys = keys(source, path, binder);
    boolean[] done = {keys.isEmpty()};
    return () -> {
      if (done[0]) return null;
      done[0] = true;
      if (pending.containsKey(keys.get(0))) { // the transaction wrote it: no store read
        Map<String, AttributeValue> mine = pending.get(keys.get(0));
        return new ItemStream.Page(mine != null && passes(filter, mine) ? List.of(mine) : List.of(), 0, 0, null);
      }
      ItemResponse r = source.database().getItem(GetItemRequest.of(path.table(), keys.get(0))
          .withConsistentRead(source.consistentRead()).withReadSet(readSet));
      List<Map<String, AttributeValue>> items = new ArrayList<>();
      Map<String, AttributeValue> item = r.item();
      if (item != null && passes(filter, item)) items.add(item);
      return new ItemStream.Page(items, item == null ? 0 : 1, item == null ? 0 : ItemSize.of(item), r.consumedCapacity());
    };
  }

  private static ItemStream.PageSource batchGet(DynamoSource source, AccessPath path, Binder binder, Condition filter,
      ReadSet readSet, Map<Map<String, AttributeValue>, Map<String, AttributeValue>> written) {
    List<Map<String, AttributeValue>> pending = new ArrayList<>();
    List<Map<String, AttributeValue>> mine = new ArrayList<>(); // what the transaction wrote: no store read
    for (Map<String, AttributeValue> key : keys(source, path, binder)) {
      if (!written.containsKey(key)) pending.add(key);
      else if (written.get(key) != null && passes(filter, written.get(key))) mine.add(written.get(key));
    }
    return () -> {
      if (!mine.isEmpty()) {
        List<Map<String, AttributeValue>> page = new ArrayList<>(mine);
        mine.clear();
        return new ItemStream.Page(page, 0, 0, null);
      }
      if (pending.isEmpty()) return null;
      List<Map<String, AttributeValue>> chunk = new ArrayList<>(pending.subList(0, Math.min(100, pending.size())));
      pending.subList(0, chunk.size()).clear();
      BatchGetItemResponse r = source.database().batchGetItem(Map.of(path.table(),
          new KeysAndAttributes(chunk, source.consistentRead(), null, null)), readSet);
      KeysAndAttributes later = r.unprocessedKeys().get(path.table());
      if (later != null) pending.addAll(0, later.keys());
      List<Map<String, AttributeValue>> found = r.responses().getOrDefault(path.table(), List.of());
      List<Map<String, AttributeValue>> items = new ArrayList<>();
      long bytes = 0;
      for (Map<String, AttributeValue> item : found) {
        bytes += ItemSize.of(item);
        if (passes(filter, item)) items.add(item);
      }
      return new ItemStream.Page(items, found.size(), bytes, r.consumedCapacity().isEmpty() ? null : r.consumedCapacity().get(0));
    };
  }

  private static boolean passes(Condition filter, Map<String, AttributeValue> item) {
    return filter == null || Expressions.evaluate(filter, item);
  }

  /** QUERY (each partition value in turn) and SCAN, page by page. */
  private static ItemStream.PageSource reads(DynamoSource source, AccessPath path, Binder binder, Condition bound,
      ReadSet readSet, Map<Map<String, AttributeValue>, Map<String, AttributeValue>> pending) {
    TableDescriptor t = source.descriptor();
    IndexDescriptor index = path.index() == null ? null : t.index(path.index());
    List<AttributeValue> partitions = new ArrayList<>();
    if (path.kind() == AccessKind.QUERY) {
      for (KeyValue v : path.partitionValues()) {
        AttributeValue pk = binder.bind(v);
        if (pk != null && !partitions.contains(pk)) partitions.add(pk);
      }
    } else {
      partitions.add(null);
    }
    SortKeyCondition sort = sortCondition(path, binder);
    boolean sortUnbound = path.sort() != null && sort == null;
    Compiled.Condition filter = bound == null ? null : item -> Expressions.evaluate(bound, item);
    Compiled.Projection projection = projection(path.projection(), t.keySchema());
    boolean consistent = source.consistentRead() && (index == null || index.kind() == IndexKind.LOCAL);
    // a count the store makes cannot leave out the items this transaction rewrote: read them
    boolean countInStore = path.countOnly() && pending.isEmpty();
    ItemStream.PageSource committed = new ItemStream.PageSource() {
      private int partition;
      private Map<String, AttributeValue> start;

      @Override
      public ItemStream.Page next() {
        if (sortUnbound || partition >= partitions.size()) return null;
        ReadPlan plan = new ReadPlan(t, index, partitions.get(partition), sort, filter, projection,
            path.forward(), null, start, countInStore ? Select.COUNT : null, consistent, 0, 1, false, readSet);
        PageResponse r = source.database().read(plan);
        start = r.lastEvaluatedKey();
        if (start == null) partition++;
        return new ItemStream.Page(r.items(), r.count(), r.scannedCount(), r.bytesRead(), r.consumedCapacity());
      }
    };
    if (pending.isEmpty()) return committed;
    return new PendingMerge(committed, pending, t, index, path.kind() == AccessKind.QUERY ? partitions : null,
        sortUnbound ? null : sort, bound, path.forward());
  }

  private static SortKeyCondition sortCondition(AccessPath path, Binder binder) {
    SortKeyRange s = path.sort();
    if (s == null) return null;
    AttributeValue v = binder.bind(s.value());
    AttributeValue u = s.upper() == null ? null : binder.bind(s.upper());
    if (v == null || (s.upper() != null && u == null)) return null;
    return new SortKeyCondition(s.attribute(), s.operator(), v, u);
  }

  /**
   * The attributes to return, with the table's key: a value that cannot be read names its item's
   * key (an index item always holds the table's key, so this costs no read).
   */
  private static Compiled.Projection projection(List<String> attributes, io.dynasql.engine.model.KeySchema key) {
    if (attributes == null) return null;
    java.util.Set<String> names = new java.util.HashSet<>(attributes);
    names.add(key.partitionKey());
    if (key.hasSortKey()) names.add(key.sortKey());
    return new Compiled.Attributes(names);
  }

}
