package io.dynasql.engine.api;

import java.util.Map;
import java.util.TreeMap;

/**
 * Units an operation consumed, computed with DynamoDB's documented rules: in total, on the table,
 * and on each secondary index it wrote to or read from.
 *
 * @param tableName the table
 * @param table units on the table itself
 * @param globalSecondaryIndexes units per global secondary index
 * @param localSecondaryIndexes units per local secondary index
 */
public record ConsumedCapacity(String tableName, Capacity table,
    Map<String, Capacity> globalSecondaryIndexes, Map<String, Capacity> localSecondaryIndexes) {

  public ConsumedCapacity {
    globalSecondaryIndexes = Map.copyOf(globalSecondaryIndexes);
    localSecondaryIndexes = Map.copyOf(localSecondaryIndexes);
  }

  /** Units on the table only. */
  public static ConsumedCapacity ofTable(String tableName, Capacity table) {
    return new ConsumedCapacity(tableName, table, Map.of(), Map.of());
  }

  /** Total read units: table plus indexes. */
  public double readCapacityUnits() {
    double r = table.readCapacityUnits();
    for (Capacity c : globalSecondaryIndexes.values()) r += c.readCapacityUnits();
    for (Capacity c : localSecondaryIndexes.values()) r += c.readCapacityUnits();
    return r;
  }

  /** Total write units: table plus indexes. */
  public double writeCapacityUnits() {
    double w = table.writeCapacityUnits();
    for (Capacity c : globalSecondaryIndexes.values()) w += c.writeCapacityUnits();
    for (Capacity c : localSecondaryIndexes.values()) w += c.writeCapacityUnits();
    return w;
  }

  /** All units. */
  public double capacityUnits() {
    return readCapacityUnits() + writeCapacityUnits();
  }

  /** The sum of two capacities of the same table (batch and transaction totals). */
  public ConsumedCapacity plus(ConsumedCapacity o) {
    return new ConsumedCapacity(tableName, table.plus(o.table),
        merge(globalSecondaryIndexes, o.globalSecondaryIndexes),
        merge(localSecondaryIndexes, o.localSecondaryIndexes));
  }

  private static Map<String, Capacity> merge(Map<String, Capacity> a, Map<String, Capacity> b) {
    if (b.isEmpty()) return a;
    if (a.isEmpty()) return b;
    Map<String, Capacity> out = new TreeMap<>(a);
    b.forEach((k, v) -> out.merge(k, v, Capacity::plus));
    return out;
  }
}
