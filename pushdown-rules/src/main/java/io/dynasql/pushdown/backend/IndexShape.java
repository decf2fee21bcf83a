package io.dynasql.pushdown.backend;

import io.dynasql.engine.model.IndexKind;
import io.dynasql.engine.model.KeySchema;
import io.dynasql.engine.model.ProjectionType;
import java.util.List;

/**
 * A secondary index as the planner needs to know it: whether it can answer for some columns.
 *
 * @param name the index name
 * @param kind global (never strongly consistent) or local
 * @param keySchema the index's own key
 * @param projectionType which attributes its entries carry
 * @param nonKeyAttributes the extra attributes of an INCLUDE projection, else empty
 */
public record IndexShape(String name, IndexKind kind, KeySchema keySchema, ProjectionType projectionType,
    List<String> nonKeyAttributes) {
  public IndexShape {
    nonKeyAttributes = List.copyOf(nonKeyAttributes);
  }

  /** Whether an entry of this index carries attribute {@code attribute} of a table keyed by {@code tableKey}. */
  public boolean projects(String attribute, KeySchema tableKey) {
    return projectionType == ProjectionType.ALL || tableKey.isKeyAttribute(attribute)
        || keySchema.isKeyAttribute(attribute) || nonKeyAttributes.contains(attribute);
  }
}
