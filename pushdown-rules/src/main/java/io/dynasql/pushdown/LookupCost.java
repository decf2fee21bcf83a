package io.dynasql.pushdown;

import io.dynasql.pushdown.backend.BatchRead;
import io.dynasql.pushdown.backend.TableStatistics;

/**
 * What a lookup join is expected to read, by DynamoDB's rules
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/read-write-operations.html),
 * for a number of distinct outer keys: a BATCH_GET reads one item per key, each rounded up to
 * 4 KB, in calls of 100 keys; a QUERY per key reads the key's items (the table's or index's
 * items over its distinct partition keys) and rounds them up once per call, at least one unit.
 * Eventually consistent reads cost half. What the lookup rule compares with the SCAN it replaces,
 * and what EXPLAIN shows.
 *
 * @param keys distinct outer keys looked up
 * @param calls BatchGetItem or Query calls
 * @param items items read
 * @param readUnits read request units
 * @param dollars {@code readUnits} at the source's price per million
 */
record LookupCost(double keys, double calls, double items, double readUnits, double dollars) {

  /** The estimate of looking up {@code keys} distinct keys along {@code path} in {@code source}. */
  static LookupCost of(LookupPath path, DynamoSource source, double keys) {
    keys = Math.max(1, Math.round(keys)); // row estimates carry a tiny per-column factor (AccessCost.plannedRows)
    TableStatistics.Sizes sizes = source.backend().statistics().of(path.inner().index());
    double perItem = Math.max(1, Math.ceil(sizes.averageItemBytes() / AccessCost.READ_UNIT_BYTES));
    double calls;
    double items;
    double units;
    if (path.kind() == AccessKind.BATCH_GET) {
      calls = Math.ceil(keys / BatchRead.MAX_KEYS);
      items = keys;
      units = keys * perItem;
    } else {
      double perKey = AccessCost.itemsPerKey(sizes);
      calls = keys;
      items = Math.min(keys * perKey, Math.max(keys, sizes.items()));
      units = keys * Math.max(1, Math.ceil(items / keys * sizes.averageItemBytes() / AccessCost.READ_UNIT_BYTES));
    }
    if (!consistent(path, source)) units /= 2;
    return new LookupCost(keys, calls, items, units, units * source.readUnitPrice() / 1e6);
  }

  /** The read units of the SCAN a hash join would make of the inner table instead. */
  static double scanUnits(DynamoSource source) {
    return AccessCost.readUnits(AccessPath.scan(source.shape().name()), source.backend().statistics(),
        source.consistentRead());
  }

  /** Only the table and local indexes are read strongly consistently, and only when the connection asks. */
  private static boolean consistent(LookupPath path, DynamoSource source) {
    return source.consistentRead() && path.inner().index() == null;
  }
}
