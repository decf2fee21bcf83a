package io.dynasql.pushdown;

import java.util.List;
import java.util.stream.Collectors;

/**
 * How one table reference reads the store: the decision the planner made, as an immutable
 * value. EXPLAIN prints {@link #toString()}; the runner executes it.
 *
 * @param kind GET, BATCH_GET, QUERY or SCAN
 * @param table the table name
 * @param index the index read, or null for the table
 * @param partitionKey the partition key attribute of the table or index read (null for SCAN)
 * @param partitionValues one value for GET / QUERY, several for BATCH_GET or a multi-partition QUERY
 * @param sort the sort-key condition, or null
 * @param filter the condition pushed to the store (evaluated there, after reading), or null
 * @param projection attributes to return, or null for whole items
 * @param forward ascending sort-key order
 * @param limit most rows to return, or null
 * @param countOnly return only how many items match (SQL's COUNT(*)), not the items
 */
public record AccessPath(AccessKind kind, String table, String index, String partitionKey,
    List<KeyValue> partitionValues, SortKeyRange sort, FilterSpec filter, List<String> projection,
    boolean forward, Integer limit, boolean countOnly) {

  public AccessPath {
    partitionValues = partitionValues == null ? List.of() : List.copyOf(partitionValues);
    projection = projection == null ? null : List.copyOf(projection);
  }

  /** A full scan of a table. */
  public static AccessPath scan(String table) {
    return new AccessPath(AccessKind.SCAN, table, null, null, List.of(), null, null, null, true, null, false);
  }

  public AccessPath withFilter(FilterSpec f) {
    return new AccessPath(kind, table, index, partitionKey, partitionValues, sort, f, projection, forward, limit, countOnly);
  }

  public AccessPath withProjection(List<String> attributes) {
    return new AccessPath(kind, table, index, partitionKey, partitionValues, sort, filter, attributes, forward, limit, countOnly);
  }

  public AccessPath withOrder(boolean ascending) {
    return new AccessPath(kind, table, index, partitionKey, partitionValues, sort, filter, projection, ascending, limit, countOnly);
  }

  public AccessPath withLimit(Integer n) {
    return new AccessPath(kind, table, index, partitionKey, partitionValues, sort, filter, projection, forward, n, countOnly);
  }

  /** The same read, answering only how many items match. */
  public AccessPath counting() {
    return new AccessPath(kind, table, index, partitionKey, partitionValues, sort, filter, List.of(), forward, limit, true);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("access=").append(kind).append(" table=").append(table);
    if (index != null) sb.append(" index=").append(index);
    if (partitionKey != null) {
      String pk = partitionValues.size() == 1
          ? partitionKey + " = " + partitionValues.get(0)
          : partitionKey + " IN (" + partitionValues.stream().map(Object::toString).collect(Collectors.joining(", ")) + ")";
      sb.append(" key=[").append(pk);
      if (sort != null) sb.append(" AND ").append(sort);
      sb.append(']');
    }
    if (filter != null) sb.append(" filter=[").append(filter).append(']');
    if (projection != null) sb.append(" projection=").append(projection);
    if (!forward) sb.append(" order=backward");
    if (limit != null) sb.append(" limit=").append(limit);
    if (countOnly) sb.append(" select=COUNT");
    return sb.toString();
  }
}
