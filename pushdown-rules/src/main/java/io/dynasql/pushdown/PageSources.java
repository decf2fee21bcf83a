package io.dynasql.pushdown;

import io.dynasql.engine.api.PageResponse;
import io.dynasql.engine.api.ReadSet;
import io.dynasql.engine.api.Select;
import io.dynasql.engine.catalog.IndexDescriptor;
import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.expr.Condition;
import io.dynasql.engine.expr.Expressions;
import io.dynasql.engine.expr.SortKeyCondition;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.IndexKind;
import io.dynasql.engine.ops.Compiled;
import io.dynasql.engine.ops.ReadPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The page sources of each access kind, over the engine's operations: QUERY and SCAN here, GET and BATCH_GET in {@link KeyedSources}. */
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
      case GET: return KeyedSources.get(source, path, binder, filter, readSet, pending);
      case BATCH_GET: return KeyedSources.batchGet(source, path, binder, filter, readSet, pending);
      default: return reads(source, path, binder, filter, readSet, pending);
    }
  }

  /** QUERY (each partition value in turn) and SCAN, page by page, merged with the transaction's own writes. */
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
