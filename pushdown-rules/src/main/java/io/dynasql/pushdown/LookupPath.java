package io.dynasql.pushdown;

import io.dynasql.engine.model.AttributeValue;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How a lookup join reads its inner table, as an immutable value EXPLAIN prints: BATCH_GET of
 * the whole primary keys its outer rows give (100 distinct keys a call), or one QUERY per
 * distinct partition key (of the table or of a global index), each with the inner side's pushed
 * filter and projection.
 *
 * @param kind BATCH_GET or QUERY
 * @param inner the table, index, filter and projection read (its kind and key are not used)
 * @param keys the partition key first, then the sort key when a BATCH_GET binds it
 */
public record LookupPath(AccessKind kind, AccessPath inner, List<LookupKey> keys) {
  public LookupPath {
    keys = List.copyOf(keys);
    if (kind != AccessKind.BATCH_GET && kind != AccessKind.QUERY) {
      throw new IllegalArgumentException("A lookup is a BATCH_GET or a QUERY, not " + kind);
    }
    if (keys.isEmpty() || keys.size() > 2) throw new IllegalArgumentException("A lookup binds 1 or 2 key attributes");
  }

  /** The partition key bound from the outer rows. */
  public LookupKey partition() {
    return keys.get(0);
  }

  /** The sort key bound from the outer rows, or null. */
  public LookupKey sort() {
    return keys.size() > 1 ? keys.get(1) : null;
  }

  /** The access as plan checks see it (a BATCH_GET or QUERY of the inner table, keys unknown until run). */
  public AccessPath asAccessPath() {
    return new AccessPath(kind, inner.table(), inner.index(), partition().attribute(), List.of(), null,
        inner.filter(), inner.projection(), true, null, false);
  }

  /** One QUERY per value in {@code partitions}, or a BATCH_GET of them (a table without a sort key). */
  AccessPath withPartitions(List<AttributeValue> partitions) {
    List<KeyValue> values = new ArrayList<>();
    for (AttributeValue v : partitions) values.add(new KeyValue.Literal(v));
    return new AccessPath(kind, inner.table(), inner.index(), partition().attribute(), values, null,
        inner.filter(), inner.projection(), true, null, false);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("access=").append(kind);
    if (kind == AccessKind.QUERY) sb.append(" per key");
    sb.append(" table=").append(inner.table());
    if (inner.index() != null) sb.append(" index=").append(inner.index());
    sb.append(" key=[").append(keys.stream().map(LookupKey::toString).collect(Collectors.joining(" AND "))).append(']');
    if (inner.filter() != null) sb.append(" filter=[").append(inner.filter()).append(']');
    if (inner.projection() != null) sb.append(" projection=").append(inner.projection());
    return sb.toString();
  }
}
