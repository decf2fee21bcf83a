package io.dynasql.pushdown;

import io.dynasql.engine.api.ReadSet;
import io.dynasql.engine.expr.Condition;
import io.dynasql.engine.expr.Expressions;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.KeySchema;
import io.dynasql.pushdown.backend.BatchRead;
import io.dynasql.pushdown.backend.KeyRead;
import io.dynasql.pushdown.backend.ReadPage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The page sources of GET and BATCH_GET: items by full primary key, with the backend's get and
 * batch get (100 keys a call), answered from the reading transaction's own writes where it wrote the key.
 */
final class KeyedSources {
  private KeyedSources() {}

  /** The full primary keys of a GET or BATCH_GET; keys with a NULL or unconvertible part are dropped. */
  private static List<Map<String, AttributeValue>> keys(DynamoSource source, AccessPath path, Binder binder) {
    KeySchema ks = source.shape().keySchema();
    List<Map<String, AttributeValue>> keys = new ArrayList<>();
    AttributeValue sk = path.sort() == null ? null : binder.bind(path.sort().value());
    for (KeyValue v : path.partitionValues()) {
      AttributeValue pk = binder.bind(v);
      if (pk == null || (ks.hasSortKey() && sk == null)) continue;
      Map<String, AttributeValue> key = new HashMap<>();
      key.put(ks.partitionKey(), pk);
      if (ks.hasSortKey()) key.put(ks.sortKey(), sk);
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
        return new ItemStream.Page(mine != null && passes(filter, mine) ? List.of(mine) : List.of(), 0, 0, 0);
      }
      ReadPage r = source.backend().get(new KeyRead(keys.get(0), source.consistentRead(), readSet));
      List<Map<String, AttributeValue>> items = new ArrayList<>();
      for (Map<String, AttributeValue> item : r.items()) if (passes(filter, item)) items.add(item);
      return new ItemStream.Page(items, r.itemsRead(), r.bytesRead(), r.readUnits());
    };
  }

  static ItemStream.PageSource batchGet(DynamoSource source, AccessPath path, Binder binder, Condition filter,
      ReadSet readSet, Map<Map<String, AttributeValue>, Map<String, AttributeValue>> written) {
    return batchGet(source, keys(source, path, binder), filter, readSet, written);
  }

  /** A BATCH_GET of {@code keys}, distinct full primary keys (a lookup join's), 100 a call. */
  static ItemStream.PageSource batchGet(DynamoSource source, List<Map<String, AttributeValue>> keys, Condition filter,
      ReadSet readSet, Map<Map<String, AttributeValue>, Map<String, AttributeValue>> written) {
    List<Map<String, AttributeValue>> pending = new ArrayList<>();
    List<Map<String, AttributeValue>> mine = new ArrayList<>(); // what the transaction wrote: no store read
    for (Map<String, AttributeValue> key : keys) {
      if (!written.containsKey(key)) pending.add(key);
      else if (written.get(key) != null && passes(filter, written.get(key))) mine.add(written.get(key));
    }
    long sent = pending.size();
    return new ItemStream.PageSource() {
      @Override
      public long keys() {
        return sent;
      }

      @Override
      public ItemStream.Page next() {
        if (!mine.isEmpty()) {
          List<Map<String, AttributeValue>> page = new ArrayList<>(mine);
          mine.clear();
          return new ItemStream.Page(page, 0, 0, 0);
        }
        if (pending.isEmpty()) return null;
        List<Map<String, AttributeValue>> chunk = new ArrayList<>(pending.subList(0, Math.min(BatchRead.MAX_KEYS, pending.size())));
        pending.subList(0, chunk.size()).clear();
        ReadPage r = source.backend().batchGet(new BatchRead(chunk, source.consistentRead(), readSet));
        pending.addAll(0, r.unprocessedKeys());
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        for (Map<String, AttributeValue> item : r.items()) if (passes(filter, item)) items.add(item);
        return new ItemStream.Page(items, r.itemsRead(), r.bytesRead(), r.readUnits());
      }
    };
  }

  private static boolean passes(Condition filter, Map<String, AttributeValue> item) {
    return filter == null || Expressions.evaluate(filter, item);
  }
}
