package io.dynasql.engine.api;

import io.dynasql.engine.model.KeySchema;
import io.dynasql.engine.model.ProjectionType;
import java.util.List;

/**
 * A secondary index to create: its name, key and projection.
 *
 * @param indexName name
 * @param keySchema index key (a local index repeats the table's partition key)
 * @param projectionType ALL, KEYS_ONLY or INCLUDE
 * @param nonKeyAttributes attributes INCLUDE copies; empty otherwise
 */
public record SecondaryIndex(String indexName, KeySchema keySchema, ProjectionType projectionType,
    List<String> nonKeyAttributes) {
  public SecondaryIndex {
    nonKeyAttributes = nonKeyAttributes == null ? List.of() : List.copyOf(nonKeyAttributes);
  }

  /** An index projecting all attributes. */
  public static SecondaryIndex all(String name, KeySchema key) {
    return new SecondaryIndex(name, key, ProjectionType.ALL, List.of());
  }
}
