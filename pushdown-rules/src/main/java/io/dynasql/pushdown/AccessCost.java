package io.dynasql.pushdown;

import io.dynasql.pushdown.backend.TableStatistics;
import org.apache.calcite.plan.RelOptCost;
import org.apache.calcite.plan.RelOptPlanner;

/**
 * The planner's cost of an access, in the currency that matters: items read from the store,
 * which is what DynamoDB bills. A GET reads one item, a BATCH_GET one per key, a QUERY the items
 * of its partition keys (a hot key's own size when the statistics' sketch knows it, else the
 * table's or index's items over its distinct partition keys, from {@link TableStatistics}), a
 * SCAN all of it; so the planner prefers a QUERY to a SCAN for the
 * same reason a person would. A pushed filter changes the rows returned, not the items read.
 */
final class AccessCost {
  /** Assumed share of a table that one partition key holds, when its partition keys were not counted. */
  private static final double PARTITION_SHARE = 0.01;

  private AccessCost() {}

  /** DynamoDB's read unit: 4 KB of items read strongly consistently, or 8 KB eventually. */
  static final double READ_UNIT_BYTES = 4096;

  /** Items the access reads from the store. */
  static double itemsRead(AccessPath p, DynamoSource s) {
    return itemsRead(p, s.backend().statistics().of(p.index()));
  }

  /** Items the access reads from a table or index of {@code sizes}. */
  static double itemsRead(AccessPath p, TableStatistics.Sizes sizes) {
    double items = Math.max(1, sizes.items());
    switch (p.kind()) {
      case GET: return 1;
      case BATCH_GET: return p.partitionValues().size();
      case QUERY: {
        double read = 0;
        for (KeyValue v : p.partitionValues()) read += itemsOfKey(v, sizes);
        if (p.sort() != null) {
          read = p.sort().operator().name().equals("EQ") ? p.partitionValues().size() : Math.max(1, read / 3);
        }
        return Math.min(read, items);
      }
      default: return items;
    }
  }

  /**
   * Items one partition key of a QUERY holds: a literal the sketch knows, its own size; any other
   * literal, the average of the keys outside the sketch (a key not among the largest seen); a
   * parameter, the average over every key (it may be bound to any of them, hot or not).
   */
  static double itemsOfKey(KeyValue key, TableStatistics.Sizes sizes) {
    if (key instanceof KeyValue.Literal l) {
      java.util.OptionalLong known = sizes.sketch().itemsOf(l.value());
      if (known.isPresent()) return Math.max(1, known.getAsLong());
      return sizes.itemsPerOtherKey().orElse(itemsPerKey(sizes));
    }
    return itemsPerKey(sizes);
  }

  /** Items one partition key holds on average: counted keys if known, else a fixed share. */
  static double itemsPerKey(TableStatistics.Sizes sizes) {
    return sizes.itemsPerKey().orElse(Math.max(1, Math.max(1, sizes.items()) * PARTITION_SHARE));
  }

  /**
   * The read units an access would consume, estimated from the statistics of the table or index
   * it reads: a GET or BATCH_GET pays each item rounded up to 4 KB, a QUERY the summed size of
   * each partition key's items rounded up once per key (one Query call each), a SCAN the summed
   * size of the items it reads, rounded up once (developerguide/read-write-operations.html).
   * Eventually consistent reads cost half. What {@link KeyChoice} compares candidates by.
   */
  static double readUnits(AccessPath p, TableStatistics stats, boolean consistent) {
    TableStatistics.Sizes sizes = stats.of(p.index());
    return readUnits(p, sizes, itemsRead(p, sizes), consistent);
  }

  /** The read units of reading {@code items} items of {@code sizes} the way {@code p} reads them. */
  static double readUnits(AccessPath p, TableStatistics.Sizes sizes, double items, boolean consistent) {
    double itemBytes = sizes.averageItemBytes();
    double units;
    switch (p.kind()) {
      case GET, BATCH_GET -> units = items * Math.ceil(itemBytes / READ_UNIT_BYTES);
      case QUERY -> {
        int calls = Math.max(1, p.partitionValues().size());
        units = calls * Math.max(1, Math.ceil(items / calls * itemBytes / READ_UNIT_BYTES));
      }
      default -> units = Math.max(1, Math.ceil(items * itemBytes / READ_UNIT_BYTES));
    }
    return consistent ? units : units / 2;
  }

  /**
   * A keyed access returns at most this share of what a SCAN with a pushed filter is assumed to
   * return (half the table): the key condition is a filter at least as selective, and of the two
   * the keyed one never reads more as the table grows, so it must win a tie (one partition key
   * holding the whole table is such a tie).
   */
  private static final double KEYED_SHARE = 0.99;

  /** Rows the access returns. */
  static double rows(AccessPath p, DynamoSource s) {
    TableStatistics.Sizes sizes = s.backend().statistics().of(p.index());
    double rows = itemsRead(p, sizes);
    if (p.kind() != AccessKind.SCAN) rows = Math.min(rows, KEYED_SHARE * Math.max(1, sizes.items() / 2.0));
    if (p.filter() != null) rows = Math.max(1, rows / 2);
    if (p.limit() != null) rows = Math.min(rows, p.limit());
    if (p.paramLimit() != null) rows *= PARAM_LIMITED_SHARE;
    return rows;
  }

  /**
   * What an access limited by a {@code ?} parameter is assumed to read and return of its unlimited
   * self: the value is unknown while planning, but it never reads more, so it must win the tie
   * with the same access under a LIMIT it has not taken in.
   */
  private static final double PARAM_LIMITED_SHARE = 0.99;

  /**
   * Rows as the planner compares them. Calcite's Volcano planner compares costs by row count
   * alone, so the cost of converting columns rides on the row count as a tiny factor: of two
   * accesses returning the same rows, the one converting fewer columns wins (it would otherwise
   * be a coin toss, and a GROUP BY might convert every item to JSON for nothing).
   */
  static double plannedRows(AccessPath p, DynamoSource s, int columns) {
    return rows(p, s) * (1 + columns * 1e-6);
  }

  static RelOptCost cost(RelOptPlanner planner, AccessPath p, DynamoSource s, int columns) {
    double read = itemsRead(p, s);
    if (p.limit() != null && p.filter() == null) read = Math.min(read, p.limit());
    if (p.paramLimit() != null) read *= PARAM_LIMITED_SHARE;
    double cpu = read * (1 + columns / 100.0);
    return planner.getCostFactory().makeCost(plannedRows(p, s, columns), cpu, read);
  }
}
