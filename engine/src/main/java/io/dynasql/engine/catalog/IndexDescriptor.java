package io.dynasql.engine.catalog;

import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.IndexKind;
import io.dynasql.engine.model.KeySchema;
import io.dynasql.engine.model.ProjectionType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A secondary index as stored in the catalog.
 *
 * @param name index name, as written
 * @param keyspace id prefixing its entries in the data database
 * @param kind global or local
 * @param keySchema the index's own key
 * @param projectionType which attributes entries carry
 * @param nonKeyAttributes extra attributes for INCLUDE, else empty
 */
public record IndexDescriptor(String name, int keyspace, IndexKind kind, KeySchema keySchema,
    ProjectionType projectionType, List<String> nonKeyAttributes) {

  public IndexDescriptor {
    nonKeyAttributes = nonKeyAttributes == null ? List.of() : List.copyOf(nonKeyAttributes);
  }

  /**
   * The entry this index holds for {@code item}, or null when the item lacks the index key (a
   * sparse index has no entry for it). Carries the table's and index's keys and the projection.
   */
  public Map<String, AttributeValue> project(Map<String, AttributeValue> item, KeySchema tableKey) {
    if (keySchema.keyOf(item) == null) return null;
    if (projectionType == ProjectionType.ALL) return item;
    Map<String, AttributeValue> out = new LinkedHashMap<>();
    for (Map.Entry<String, AttributeValue> e : item.entrySet()) {
      String n = e.getKey();
      if (tableKey.isKeyAttribute(n) || keySchema.isKeyAttribute(n)
          || (projectionType == ProjectionType.INCLUDE && nonKeyAttributes.contains(n))) {
        out.put(n, e.getValue());
      }
    }
    return out;
  }

  /** Whether an entry of this index carries attribute {@code name}. */
  public boolean projects(String name, KeySchema tableKey) {
    return projectionType == ProjectionType.ALL || tableKey.isKeyAttribute(name)
        || keySchema.isKeyAttribute(name) || nonKeyAttributes.contains(name);
  }
}
