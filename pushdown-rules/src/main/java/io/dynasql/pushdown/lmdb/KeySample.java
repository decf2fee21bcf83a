package io.dynasql.pushdown.lmdb;

import io.dynasql.engine.Database;
import io.dynasql.engine.api.PageResponse;
import io.dynasql.engine.api.QueryRequest;
import io.dynasql.engine.api.ScanRequest;
import io.dynasql.engine.api.Select;
import io.dynasql.engine.expr.KeyCondition;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.KeySchema;
import io.dynasql.pushdown.backend.PartitionSketch;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Distinct partition keys of a table or index and a sketch of its largest ones, for QUERY
 * estimates. A key schema without a sort key has one item per partition key, so the item count
 * is exact and every key holds one item. With a sort key the engine keeps no such count, so it is
 * estimated from the first {@link #SAMPLE} entries of a Scan ({@link SampledKeys}): complete key
 * groups drawn without regard to their size. The largest groups seen go into a
 * {@link PartitionSketch}, as does every partition a run read whole ({@link #observed}); the keys
 * are the sketch's plus the remaining items over the average size of the ordinary groups. The
 * sample is kept until the item count has doubled or halved, so planning reads it rarely.
 */
final class KeySample {
  /** Entries read per sample: one Scan page of keys, a few milliseconds. */
  static final int SAMPLE = 1000;
  /** Ordinary (not hot) groups a sample needs before it stops reading other parts of the hash space. */
  static final int MIN_ORDINARY = 5;
  /** Parts of the hash space a sample may start a page in. */
  static final int SEGMENTS = 4;

  /** What a sample found: the item count it was taken at and the average size of the groups outside the sketch. */
  record Sampled(long items, double ordinaryPerKey) {}

  private final Database database;
  private final String table;
  private final Map<String, Sampled> byIndex = new ConcurrentHashMap<>();
  private final Map<String, PartitionSketch> sketches = new ConcurrentHashMap<>();

  KeySample(Database database, String table) {
    this.database = database;
    this.table = table;
  }

  /**
   * Estimated distinct partition keys among {@code items} entries of the table (index null) or an
   * index: exact for a table without a sort key; otherwise sampled.
   */
  long partitionKeys(String index, KeySchema keys, long items) {
    if (items <= 0) return 0;
    // A table's key is unique, so without a sort key each item is its own partition key; a global
    // index's key need not be (many items may share tag = 't1'), so it is sampled like any other.
    if (keys.sortKey() == null && index == null) return items;
    String slot = slot(index);
    Sampled s = byIndex.get(slot);
    if (s == null || items > 2 * s.items() || 2 * items < s.items()) {
      SampledKeys found = sample(index, keys);
      // What the sample saw is newer than what the sketch knew of the same keys; keys it did not see stay.
      PartitionSketch sketch = sketches.getOrDefault(slot, PartitionSketch.EMPTY).withAll(found.largest().largest());
      sketches.put(slot, sketch);
      s = new Sampled(items, found.ordinaryPerKey(sketch, items));
      byIndex.put(slot, s);
    }
    PartitionSketch sketch = sketch(index);
    double rest = Math.max(0, items - sketch.knownItems());
    long estimate = sketch.largest().size() + Math.round(rest / s.ordinaryPerKey());
    return Math.max(1, Math.min(items, estimate));
  }

  /** The largest partition keys known of the table (index null) or an index. */
  PartitionSketch sketch(String index) {
    return sketches.getOrDefault(slot(index), PartitionSketch.EMPTY);
  }

  /** Records that partition {@code key} of the table or index held {@code items} entries when a run read it whole. */
  void observed(String index, AttributeValue key, long items) {
    sketches.merge(slot(index), PartitionSketch.EMPTY.with(key, items), (old, one) -> old.with(key, items));
  }

  /**
   * Reads the sample: one page from the start of the table or index; when that page was mostly
   * hot keys (fewer than {@link #MIN_ORDINARY} ordinary groups), one page from the start of each
   * other quarter of the hash space (Scan segments), so that the ordinary key's size is not
   * guessed from a hot one.
   */
  private SampledKeys sample(String index, KeySchema keys) {
    SampledKeys found = new SampledKeys();
    PageResponse first = database.scan(ScanRequest.builder(table).index(index).limit(SAMPLE)
        .attributes(Set.of(keys.partitionKey())).build());
    found.add(first, keys.partitionKey(), n -> count(index, keys, n));
    if (first.lastEvaluatedKey() == null) return found; // the whole table or index: exact
    for (int segment = 1; segment < SEGMENTS && found.ordinaryGroups() < MIN_ORDINARY; segment++) {
      found.add(database.scan(ScanRequest.builder(table).index(index).limit(SAMPLE).segment(segment, SEGMENTS)
          .attributes(Set.of(keys.partitionKey())).build()), keys.partitionKey(), n -> count(index, keys, n));
    }
    return found;
  }

  /** How many entries partition {@code key} holds: a keys-only count, for a key the sample saw overflow its page. */
  private long count(String index, KeySchema keys, AttributeValue key) {
    long n = 0;
    Map<String, AttributeValue> start = null;
    do {
      PageResponse page = database.query(QueryRequest.builder(table).index(index)
          .keyCondition(new KeyCondition(keys.partitionKey(), key, null)).select(Select.COUNT).exclusiveStartKey(start).build());
      n += page.count();
      start = page.lastEvaluatedKey();
    } while (start != null);
    return n;
  }

  private static String slot(String index) {
    return index == null ? "" : index;
  }
}
