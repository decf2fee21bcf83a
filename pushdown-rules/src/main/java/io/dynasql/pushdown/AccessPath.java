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
 * @param paramLimit most rows to return when a {@code ?} parameter gives them (bound at
 *     execution, then read as {@code limit}), or null; never set together with {@code limit}
 */
public record AccessPath(AccessKind kind, String table, String index, String partitionKey,
    List<KeyValue> partitionValues, SortKeyRange sort, FilterSpec filter, List<String> projection,
    boolean forward, Integer limit, boolean countOnly, ParamLimit paramLimit) {

  public AccessPath {
    partitionValues = partitionValues == null ? List.of() : List.copyOf(partitionValues);
    projection = projection == null ? null : List.copyOf(projection);
    if (limit != null && paramLimit != null) throw new IllegalArgumentException("a literal and a parameter limit: " + limit + ", " + paramLimit);
  }

  /** A path without a parameter limit. */
  public AccessPath(AccessKind kind, String table, String index, String partitionKey,
      List<KeyValue> partitionValues, SortKeyRange sort, FilterSpec filter, List<String> projection,
      boolean forward, Integer limit, boolean countOnly) {
    this(kind, table, index, partitionKey, partitionValues, sort, filter, projection, forward, limit, countOnly, null);
  }

  /** Whether the access stops after some rows, known now or when its parameters are bound. */
  public boolean limited() {
    return limit != null || paramLimit != null;
  }

  /** A full scan of a table. */
  public static AccessPath scan(String table) {
    return new AccessPath(AccessKind.SCAN, table, null, null, List.of(), null, null, null, true, null, false);
  }

  public AccessPath withFilter(FilterSpec f) {
    return new AccessPath(kind, table, index, partitionKey, partitionValues, sort, f, projection, forward, limit, countOnly, paramLimit);
  }

  public AccessPath withProjection(List<String> attributes) {
    return new AccessPath(kind, table, index, partitionKey, partitionValues, sort, filter, attributes, forward, limit, countOnly, paramLimit);
  }

  public AccessPath withOrder(boolean ascending) {
    return new AccessPath(kind, table, index, partitionKey, partitionValues, sort, filter, projection, ascending, limit, countOnly, paramLimit);
  }

  /** The path stopping after {@code n} rows (null: all); a parameter limit is replaced. */
  public AccessPath withLimit(Integer n) {
    return new AccessPath(kind, table, index, partitionKey, partitionValues, sort, filter, projection, forward, n, countOnly, null);
  }

  /** The path stopping after the rows {@code p} gives once bound. */
  public AccessPath withParamLimit(ParamLimit p) {
    return new AccessPath(kind, table, index, partitionKey, partitionValues, sort, filter, projection, forward, null, countOnly, p);
  }

  /** The path to run under {@code root}'s parameters: a parameter limit bound to its rows. */
  AccessPath bound(org.apache.calcite.DataContext root) {
    return paramLimit == null ? this : withLimit(paramLimit.bind(root));
  }

  /** The same read, answering only how many items match. */
  public AccessPath counting() {
    return new AccessPath(kind, table, index, partitionKey, partitionValues, sort, filter, List.of(), forward, limit, true, paramLimit);
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
    if (paramLimit != null) sb.append(" limit=").append(paramLimit);
    if (countOnly) sb.append(" select=COUNT");
    return sb.toString();
  }
}
