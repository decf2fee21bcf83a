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
   * A count of items, their total DynamoDB item size, and how many distinct partition keys they
   * have (exact for a table without a sort key, estimated from a sample otherwise).
   *
   * @param items how many items
   * @param bytes their summed item size
   * @param partitionKeys distinct partition key values, or 0 when unknown
   * @param sketch the largest partition keys known, with their sizes (hot keys of skewed data)
   */
  public record Sizes(long items, long bytes, long partitionKeys, PartitionSketch sketch) {
    public Sizes {
      java.util.Objects.requireNonNull(sketch, "sketch (PartitionSketch.EMPTY when none)");
    }

    /** Sizes without a partition key count. */
    public Sizes(long items, long bytes) {
      this(items, bytes, 0);
    }

    /** Sizes whose largest keys are not known. */
    public Sizes(long items, long bytes, long partitionKeys) {
      this(items, bytes, partitionKeys, PartitionSketch.EMPTY);
    }

    /** The average item size, at least one byte. */
    public double averageItemBytes() {
      return items == 0 ? 1 : Math.max(1, (double) bytes / items);
    }

    /** Items per partition key on average, or empty when the partition keys were not counted. */
    public java.util.OptionalDouble itemsPerKey() {
      return partitionKeys <= 0 ? java.util.OptionalDouble.empty()
          : java.util.OptionalDouble.of(Math.max(1, (double) items / partitionKeys));
    }

    /**
     * Items per partition key among the keys the sketch does not know: the items outside the
     * sketch over the keys outside it; the overall average when the sketch knows every key (or
     * the keys were not counted).
     */
    public java.util.OptionalDouble itemsPerOtherKey() {
      long others = partitionKeys - sketch.largest().size();
      long rest = items - sketch.knownItems();
      if (partitionKeys <= 0 || others <= 0 || rest <= 0) return itemsPerKey();
      return java.util.OptionalDouble.of(Math.max(1, (double) rest / others));
    }
  }

  /** The sizes of the index read, or the table's for null (or an index without figures). */
  public Sizes of(String index) {
    return index == null ? table : indexes.getOrDefault(index, table);
  }
}
