package io.dynasql.pushdown.lmdb;

import io.dynasql.engine.Database;
import io.dynasql.engine.api.PageResponse;
import io.dynasql.engine.api.ScanRequest;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.KeySchema;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Distinct partition keys of a table or index, for QUERY estimates. A key schema without a sort
 * key has one item per partition key, so the item count is exact. With a sort key the engine keeps
 * no such count, so it is estimated from the first {@link #SAMPLE} entries of a Scan: a Scan walks
 * the store's hash partitions and, within one, whole partition keys in key order, so the sample is
 * a run of complete key groups drawn without regard to their size. The estimate is kept until the
 * item count has doubled or halved, so planning reads the sample rarely, not per statement.
 */
final class KeySample {
  /** Entries read per sample: one Scan page of keys, a few milliseconds. */
  static final int SAMPLE = 1000;

  private record Sampled(long items, long keys) {}

  private final Database database;
  private final String table;
  private final Map<String, Sampled> byIndex = new ConcurrentHashMap<>();

  KeySample(Database database, String table) {
    this.database = database;
    this.table = table;
  }

  /** Estimated distinct partition keys among {@code items} entries of the table (index null) or an index. */
  long partitionKeys(String index, KeySchema keys, long items) {
    if (items <= 0) return 0;
    if (keys.sortKey() == null) return items;
    String slot = index == null ? "" : index;
    Sampled s = byIndex.get(slot);
    if (s == null || items > 2 * s.items() || 2 * items < s.items()) {
      s = new Sampled(items, sample(index, keys.partitionKey(), items));
      byIndex.put(slot, s);
    }
    return Math.max(1, Math.min(items, Math.round((double) s.keys() * items / s.items())));
  }

  /** Reads the sample and scales the keys it saw to {@code items} entries. */
  private long sample(String index, String partitionKey, long items) {
    PageResponse page = database.scan(ScanRequest.builder(table).index(index).limit(SAMPLE)
        .attributes(Set.of(partitionKey)).build());
    int groups = 0;
    int lastGroup = 0;
    AttributeValue previous = null;
    for (Map<String, AttributeValue> entry : page.items()) {
      AttributeValue pk = entry.get(partitionKey);
      if (groups == 0 || !Objects.equals(pk, previous)) {
        groups++;
        lastGroup = 0;
      }
      lastGroup++;
      previous = pk;
    }
    if (groups == 0) return 0;
    if (page.lastEvaluatedKey() == null) return groups; // the whole table or index: exact
    // The last group may go on past the page: average over the complete ones only.
    int complete = groups - 1;
    if (complete == 0) return Math.max(1, items / page.items().size()); // one key at least this large
    double perKey = (double) (page.items().size() - lastGroup) / complete;
    return Math.max(1, Math.round(items / perKey));
  }
}
