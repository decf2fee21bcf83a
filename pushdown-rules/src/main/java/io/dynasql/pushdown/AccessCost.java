package io.dynasql.pushdown;

import io.dynasql.pushdown.backend.TableStatistics;
import org.apache.calcite.plan.RelOptCost;
import org.apache.calcite.plan.RelOptPlanner;

/**
 * The planner's cost of an access, in the currency that matters: items read from the store,
 * which is what DynamoDB bills. A GET reads one item, a BATCH_GET one per key, a QUERY one
 * partition's share of the table, a SCAN all of it; so the planner prefers a QUERY to a SCAN for
 * the same reason a person would. A pushed filter changes the rows returned, not the items read.
 */
final class AccessCost {
  /** Assumed share of a table that one partition key holds, without statistics per key. */
  private static final double PARTITION_SHARE = 0.01;

  private AccessCost() {}

  /** DynamoDB's read unit: 4 KB of items read strongly consistently, or 8 KB eventually. */
  private static final double READ_UNIT_BYTES = 4096;

  /** Items the access reads from the store. */
  static double itemsRead(AccessPath p, DynamoSource s) {
    return itemsRead(p, s.itemCount());
  }

  /** Items the access reads from a table or index holding {@code count} items. */
  private static double itemsRead(AccessPath p, long count) {
    double items = Math.max(1, count);
    switch (p.kind()) {
      case GET: return 1;
      case BATCH_GET: return p.partitionValues().size();
      case QUERY: {
        double perPartition = Math.max(1, items * PARTITION_SHARE);
        double read = perPartition * p.partitionValues().size();
        if (p.sort() != null) read = Math.max(1, read / (p.sort().operator().name().equals("EQ") ? perPartition : 3));
        return Math.min(read, items);
      }
      default: return items;
    }
  }

  /**
   * The read units an access would consume, estimated from the statistics of the table or index
   * it reads: a GET or BATCH_GET pays each item rounded up to 4 KB, a QUERY or SCAN the summed
   * size of the items it reads, rounded up once (developerguide/read-write-operations.html).
   * Eventually consistent reads cost half. What {@link KeyChoice} compares candidates by.
   */
  static double readUnits(AccessPath p, TableStatistics stats, boolean consistent) {
    TableStatistics.Sizes sizes = stats.of(p.index());
    double items = itemsRead(p, sizes.items());
    double itemBytes = sizes.averageItemBytes();
    double units = p.kind() == AccessKind.GET || p.kind() == AccessKind.BATCH_GET
        ? items * Math.ceil(itemBytes / READ_UNIT_BYTES)
        : Math.max(1, Math.ceil(items * itemBytes / READ_UNIT_BYTES));
    return consistent ? units : units / 2;
  }

  /** Rows the access returns. */
  static double rows(AccessPath p, DynamoSource s) {
    double rows = itemsRead(p, s);
    if (p.filter() != null) rows = Math.max(1, rows / 2);
    if (p.limit() != null) rows = Math.min(rows, p.limit());
    return rows;
  }

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
    double cpu = read * (1 + columns / 100.0);
    return planner.getCostFactory().makeCost(plannedRows(p, s, columns), cpu, read);
  }
}
