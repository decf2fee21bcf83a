package io.dynasql.pushdown;

import io.dynasql.engine.api.BatchGetItemResponse;
import io.dynasql.engine.api.GetItemRequest;
import io.dynasql.engine.api.ItemResponse;
import io.dynasql.engine.api.KeysAndAttributes;
import io.dynasql.engine.api.ReadSet;
import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.codec.ItemSize;
import io.dynasql.engine.expr.Condition;
import io.dynasql.engine.expr.Expressions;
import io.dynasql.engine.model.AttributeValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The page sources of GET and BATCH_GET: items by full primary key, with GetItem and BatchGetItem
 * (100 keys a call), answered from the reading transaction's own writes where it wrote the key.
 */
final class KeyedSources {
  private KeyedSources() {}

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

  static ItemStream.PageSource get(DynamoSource source, AccessPath path, Binder binder, Condition filter,
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

  static ItemStream.PageSource batchGet(DynamoSource source, AccessPath path, Binder binder, Condition filter,
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
}
