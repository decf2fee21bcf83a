package io.dynasql.pushdown;

import io.dynasql.engine.api.ReadSet;
import io.dynasql.engine.expr.Condition;
import io.dynasql.engine.expr.KeyCondition;
import io.dynasql.engine.expr.SortKeyCondition;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.IndexKind;
import io.dynasql.engine.model.KeySchema;
import io.dynasql.pushdown.backend.IndexShape;
import io.dynasql.pushdown.backend.ItemSink;
import io.dynasql.pushdown.backend.QueryRead;
import io.dynasql.pushdown.backend.ReadPage;
import io.dynasql.pushdown.backend.ScanRead;
import io.dynasql.pushdown.backend.TableBackend;
import io.dynasql.pushdown.backend.TableShape;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The page sources of each access kind, over the table's backend: QUERY and SCAN here, GET and BATCH_GET in {@link KeyedSources}. */
final class PageSources {
  private PageSources() {}

  /**
   * @param readSet where reads record item versions, or null
   * @param writes the reading transaction's uncommitted writes, which it must see, or null
   * @param cancel the statement's cancel flag (null outside a statement), watched by a parallel Scan's reader
   */
  static ItemStream.PageSource of(DynamoSource source, AccessPath path, Binder binder, ReadSet readSet,
      PendingWrites writes, java.util.concurrent.atomic.AtomicBoolean cancel) {
    Condition filter = path.filter() == null ? null : path.filter().bind(binder);
    if (path.filter() != null && filter == null) return () -> null; // a NULL parameter: nothing matches
    filter = HiddenExpiry.and(source, filter);
    Map<Map<String, AttributeValue>, Map<String, AttributeValue>> pending = writes == null ? Map.of() : writes.of(path.table());
    switch (path.kind()) {
      case GET: return KeyedSources.get(source, path, binder, filter, readSet, pending);
      case BATCH_GET: return KeyedSources.batchGet(source, path, binder, filter, readSet, pending);
      default: return reads(source, path, binder, filter, readSet, pending, cancel);
    }
  }

  /**
   * QUERY (each partition value in turn) and SCAN, page by page, merged with the transaction's own
   * writes; a limited access asks each call for no more items than its rows need ({@link RowBudget}).
   */
  private static ItemStream.PageSource reads(DynamoSource source, AccessPath path, Binder binder, Condition bound,
      ReadSet readSet, Map<Map<String, AttributeValue>, Map<String, AttributeValue>> pending,
      java.util.concurrent.atomic.AtomicBoolean cancel) {
    TableShape t = source.shape();
    IndexShape index = path.index() == null ? null : t.index(path.index());
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
    Set<String> projection = projection(source, path.projection(), t.keySchema());
    boolean consistent = source.consistentRead() && (index == null || index.kind() == IndexKind.LOCAL);
    // a count the store makes cannot leave out the items this transaction rewrote: read them
    boolean countInStore = path.countOnly() && pending.isEmpty();
    TableBackend backend = source.backend();
    // Merging with the transaction's own writes needs every committed item; a count reads everything.
    RowBudget budget = RowBudget.of(pending.isEmpty() && !path.countOnly() ? path.limit() : null, bound != null);
    int segments = ParallelScan.segments(source, path);
    if (segments > 1 && pending.isEmpty()) {
      // a parallel Scan: the transaction's own writes (none here) would have to be merged in one ordered sequence
      return new SegmentedScan(t.name(), segments, (segment, start) -> {
        ScanRead s = new ScanRead(path.index(), bound, projection, null, start, consistent, segment, segments, readSet);
        return countInStore ? backend.count(s) : backend.scan(s);
      }, cancel);
    }
    ItemStream.PageSource committed = new ItemStream.PageSource() {
      private int partition;
      private Map<String, AttributeValue> start;

      @Override
      public long keys() {
        return partitions.size();
      }

      @Override
      public ItemStream.Page next() {
        return read(null);
      }

      @Override
      public ItemStream.Page next(ItemSink sink) {
        return read(sink);
      }

      /** The next page, its items listed, or handed to {@code sink} as the store reads them when not null. */
      private ItemStream.Page read(ItemSink sink) {
        if (sortUnbound || partition >= partitions.size() || budget.met()) return null;
        AttributeValue pk = partitions.get(partition);
        Integer limit = budget.nextLimit();
        ReadPage r;
        if (pk != null) {
          QueryRead q = new QueryRead(path.index(), new KeyCondition(path.partitionKey(), pk, sort), bound,
              projection, path.forward(), limit, start, consistent, readSet);
          r = countInStore ? backend.count(q) : sink == null ? backend.query(q) : backend.query(q, sink);
        } else {
          ScanRead s = new ScanRead(path.index(), bound, projection, limit, start, consistent, 0, 1, readSet);
          r = countInStore ? backend.count(s) : sink == null ? backend.scan(s) : backend.scan(s, sink);
        }
        budget.spent(r.itemsRead(), r.matched());
        start = r.lastEvaluatedKey();
        if (start == null) partition++;
        return new ItemStream.Page(r.items(), r.matched(), r.itemsRead(), r.bytesRead(), r.readUnits());
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
   * key (an index item always holds the table's key, so this costs no read); and what the source
   * reads a column's value with ({@link DynamoSource#readWith}).
   */
  private static Set<String> projection(DynamoSource source, List<String> attributes, KeySchema key) {
    if (attributes == null) return null;
    Set<String> names = new HashSet<>(attributes);
    for (String a : attributes) names.addAll(source.readWith(a));
    names.add(key.partitionKey());
    if (key.hasSortKey()) names.add(key.sortKey());
    return names;
  }
}
