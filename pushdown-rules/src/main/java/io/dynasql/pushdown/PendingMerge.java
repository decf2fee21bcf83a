package io.dynasql.pushdown;

import io.dynasql.engine.expr.Condition;
import io.dynasql.engine.expr.Expressions;
import io.dynasql.engine.expr.SortKeyCondition;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.KeyOrdering;
import io.dynasql.engine.model.KeySchema;
import io.dynasql.pushdown.backend.IndexShape;
import io.dynasql.pushdown.backend.TableShape;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A QUERY or SCAN as the transaction reading it sees it: the committed items, less those it
 * rewrote or deleted, plus the items it wrote that the access selects (its partition values,
 * sort key condition, index and filter), in the access's key order. The store's pages are read
 * whole first (a transaction that wrote to a table reads it as one page), and the labels count
 * only what the store read.
 */
final class PendingMerge implements ItemStream.PageSource {
  private final ItemStream.PageSource committed;
  private final Map<Map<String, AttributeValue>, Map<String, AttributeValue>> pending;
  private final TableShape table;
  private final IndexShape index;
  private final List<AttributeValue> partitions;
  private final SortKeyCondition sort;
  private final Condition filter;
  private final boolean forward;
  private boolean done;

  PendingMerge(ItemStream.PageSource committed, Map<Map<String, AttributeValue>, Map<String, AttributeValue>> pending,
      TableShape table, IndexShape index, List<AttributeValue> partitions, SortKeyCondition sort,
      Condition filter, boolean forward) {
    this.committed = committed;
    this.pending = pending;
    this.table = table;
    this.index = index;
    this.partitions = partitions;
    this.sort = sort;
    this.filter = filter;
    this.forward = forward;
  }

  @Override
  public ItemStream.Page next() {
    if (done) return null;
    done = true;
    List<Map<String, AttributeValue>> items = new ArrayList<>();
    long read = 0;
    long bytes = 0;
    double units = 0;
    for (ItemStream.Page p = committed.next(); p != null; p = committed.next()) {
      for (Map<String, AttributeValue> item : p.items()) {
        if (!pending.containsKey(table.keySchema().keyOf(item))) items.add(item);
      }
      read += p.itemsRead();
      bytes += p.bytesRead();
      units += p.readUnits();
    }
    for (Map<String, AttributeValue> image : pending.values()) {
      if (image != null && selects(image)) items.add(image);
    }
    if (partitions != null) items.sort(order());
    return new ItemStream.Page(items, read, bytes, units);
  }

  /** Whether the access would return {@code image}: its key condition, its index, its filter. */
  private boolean selects(Map<String, AttributeValue> image) {
    KeySchema keys = index == null ? table.keySchema() : index.keySchema();
    if (index != null && (image.get(keys.partitionKey()) == null || (keys.hasSortKey() && image.get(keys.sortKey()) == null))) {
      return false; // not in the (sparse) index
    }
    if (partitions != null && !partitions.contains(image.get(keys.partitionKey()))) return false;
    if (sort != null && !sort.matches(image.get(sort.name()))) return false;
    return filter == null || Expressions.evaluate(filter, image);
  }

  /** A QUERY's order: the (index) sort key, then the table key, as the store orders its keys. */
  private Comparator<Map<String, AttributeValue>> order() {
    List<String> attributes = new ArrayList<>();
    KeySchema keys = index == null ? table.keySchema() : index.keySchema();
    if (keys.hasSortKey()) attributes.add(keys.sortKey());
    if (index != null) {
      attributes.add(table.keySchema().partitionKey());
      if (table.keySchema().hasSortKey()) attributes.add(table.keySchema().sortKey());
    }
    String partition = keys.partitionKey();
    Comparator<Map<String, AttributeValue>> c = (a, b) -> {
      // partition values are read one after the other, in the order the access lists them
      int p = Integer.compare(partitions.indexOf(a.get(partition)), partitions.indexOf(b.get(partition)));
      if (p != 0) return p;
      for (String name : attributes) {
        int r = KeyOrdering.compare(a.get(name), b.get(name));
        if (r != 0) return r;
      }
      return 0;
    };
    return forward ? c : c.reversed();
  }
}
