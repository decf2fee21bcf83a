package io.dynasql.pushdown.backend;

import java.util.Map;

/**
 * How much a table and each of its indexes hold: the planner's basis for estimating the items
 * and read units of an access. A sparse index holds fewer items than its table.
 *
 * @param table the table's items and bytes
 * @param indexes per index name, its entries and bytes (absent: assume the table's)
 */
public record TableStatistics(Sizes table, Map<String, Sizes> indexes) {
  public TableStatistics {
    indexes = Map.copyOf(indexes);
  }

  /**
   * A count of items and their total DynamoDB item size.
   *
   * @param items how many items
   * @param bytes their summed item size
   */
  public record Sizes(long items, long bytes) {
    /** The average item size, at least one byte. */
    public double averageItemBytes() {
      return items == 0 ? 1 : Math.max(1, (double) bytes / items);
    }
  }

  /** The sizes of the index read, or the table's for null (or an index without figures). */
  public Sizes of(String index) {
    return index == null ? table : indexes.getOrDefault(index, table);
  }
}
