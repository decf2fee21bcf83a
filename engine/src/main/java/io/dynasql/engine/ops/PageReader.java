package io.dynasql.engine.ops;

import io.dynasql.engine.api.ItemSink;
import io.dynasql.engine.api.PageResponse;
import io.dynasql.engine.api.Select;
import io.dynasql.engine.capacity.CapacityRules;
import io.dynasql.engine.codec.ByteWriter;
import io.dynasql.engine.codec.SizedItem;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.KeySchema;
import io.dynasql.engine.store.RangeCursor;
import io.dynasql.engine.table.ItemStore;
import io.dynasql.engine.table.KeyBuilder;
import io.dynasql.engine.table.PhysicalKeys;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.agrona.DirectBuffer;
import org.lmdbjava.Txn;

/**
 * Reads one page of a plan: walks its cursor range, stops after {@code Limit} items or 1 MB of
 * item data evaluated (both counted before the filter, as DynamoDB does), filters, projects, and
 * charges the summed size of every evaluated item, rounded up to 4 KB once. A local index read
 * that fetches table items is charged each fetched item on its own, rounded up to 4 KB
 * (developerguide/LSI.html#LSI.ThroughputConsiderations.Reads), and those rounded sizes count
 * towards the 1 MB page too.
 */
final class PageReader {
  /** DynamoDB's page size: the data evaluated by one Query or Scan call. */
  static final int PAGE_BYTES = 1024 * 1024;

  private final Engine engine;

  PageReader(Engine engine) {
    this.engine = engine;
  }

  /**
   * @param sink where each returned item goes as it is read, in the reader's reused map; null to
   *     list the page's items (each copied out of that map)
   */
  PageResponse read(Txn<DirectBuffer> txn, ReadPlan p, ItemSink sink) {
    KeyBounds bounds = KeyBounds.of(p).after(startKeyBytes(p), p.forward()).physical(engine.items().longKeys(), txn);
    boolean count = p.select() == Select.COUNT;
    List<Map<String, AttributeValue>> items = new ArrayList<>();
    int matched = 0;
    int scanned = 0;
    long bytes = 0;
    long fetchedBytes = 0;
    long fetchedUnits = 0;
    Map<String, AttributeValue> last = null;
    boolean more = false;
    Set<String> only = decodeOnly(p, count);
    boolean projected = only != null && p.projection() instanceof Compiled.Attributes a && a.names().equals(only);
    try (RangeCursor c = engine.store().range(txn, bounds.low, bounds.high, p.forward())) {
      // Asked for only when an item is damaged; made once, not per item.
      java.util.function.Supplier<String> where = () -> PhysicalKeys.describe(c.key());
      io.dynasql.engine.codec.ItemReader reader = new io.dynasql.engine.codec.ItemReader(only);
      while (c.next()) {
        if ((p.limit() != null && scanned >= p.limit()) || bytes + fetchedUnits * CapacityRules.READ_UNIT_BYTES >= PAGE_BYTES) {
          more = true;
          break;
        }
        // In the reader's reused map: an item the filter drops costs no map; one returned is kept (copied).
        Map<String, AttributeValue> item = ItemStore.readInPlace(p.table().name(), where, c.val(), reader);
        long version = reader.version();
        scanned++;
        bytes += reader.size();
        last = item; // still this item when the walk stops: the loop stops before reading the next
        if (p.fetchFromTable()) {
          SizedItem full = engine.items().getSized(txn, p.table(), p.table().keySchema().keyOf(item));
          if (full == null) continue;
          item = full.item();
          version = full.version();
          fetchedBytes += full.size();
          fetchedUnits += CapacityRules.readUnitsOf(full.size());
        }
        if (p.filter() != null && !p.filter().test(item)) continue;
        matched++;
        if (p.readSet() != null) recordRead(txn, p, item, version);
        if (count) continue;
        Map<String, AttributeValue> out = projected ? item : Compiled.project(p.projection(), item);
        if (sink != null) sink.accept(out);
        else items.add(reader.keep(out));
      }
    }
    if (!more && p.limit() != null && scanned == p.limit()) more = true; // DynamoDB still hands back a key
    Map<String, AttributeValue> lek = more && last != null ? lastKey(p, last) : null;
    double units = CapacityRules.readUnits(bytes, p.consistent()) + CapacityRules.fetchReadUnits(fetchedUnits, p.consistent());
    return new PageResponse(items, matched, scanned, lek, CapacityBuilder.reads(p.table(), p.index(), units), bytes + fetchedBytes);
  }

  /**
   * Records a returned item's table key and version. An index entry is not rewritten when its
   * item changes in attributes it does not project, so its own version says nothing about the
   * item's: the item's is read from the table, in the same snapshot.
   */
  private void recordRead(Txn<DirectBuffer> txn, ReadPlan p, Map<String, AttributeValue> item, long version) {
    Map<String, AttributeValue> key = p.table().keySchema().keyOf(item);
    if (p.index() != null && !p.fetchFromTable()) {
      SizedItem current = engine.items().getSized(txn, p.table(), key);
      version = current == null ? io.dynasql.engine.api.ReadSet.ABSENT : current.version();
    }
    p.readSet().record(p.table().name(), key, version);
  }

  /**
   * The attributes a page must decode, or null for whole items: with no fetch from the table, a
   * top-level projection's attributes, or none for a count; the attributes a filter reads (a
   * filter that does not say which may read any: whole items); plus the keys, which
   * LastEvaluatedKey reports.
   */
  private static Set<String> decodeOnly(ReadPlan p, boolean count) {
    if (p.fetchFromTable()) return null;
    Set<String> only = new HashSet<>();
    if (p.filter() != null) {
      if (!(p.filter() instanceof Compiled.Filter f)) return null;
      only.addAll(f.attributes());
    }
    if (!count) {
      if (!(p.projection() instanceof Compiled.Attributes a)) return null;
      only.addAll(a.names());
    }
    keys(p.table().keySchema(), only);
    if (p.index() != null) keys(p.index().keySchema(), only);
    return only;
  }

  private static void keys(io.dynasql.engine.model.KeySchema k, Set<String> into) {
    into.add(k.partitionKey());
    if (k.hasSortKey()) into.add(k.sortKey());
  }

  /** The table key (and index key, when reading an index) of the last evaluated item. */
  static Map<String, AttributeValue> lastKey(ReadPlan p, Map<String, AttributeValue> item) {
    Map<String, AttributeValue> k = new LinkedHashMap<>(p.table().keySchema().keyOf(item));
    if (p.index() != null) k.putAll(p.index().keySchema().keyOf(item));
    return k;
  }

  private static byte[] startKeyBytes(ReadPlan p) {
    Map<String, AttributeValue> s = p.startKey();
    if (s == null) return null;
    KeySchema tk = p.table().keySchema();
    ByteWriter w = p.index() == null
        ? KeyBuilder.get().itemKey(p.table().keyspace(), tk, s)
        : KeyBuilder.get().indexKey(p.index().keyspace(), p.index().keySchema(), tk, s);
    return w.toArray();
  }
}
