package io.dynasql.pushdown.backend;

import io.dynasql.engine.model.KeySchema;
import java.util.List;

/**
 * A table as the planner needs to know it: name, primary key and secondary indexes.
 *
 * @param name the table's name, as the store spells it
 * @param keySchema the primary key (partition key, optional sort key)
 * @param indexes the secondary indexes, in the store's order
 */
public record TableShape(String name, KeySchema keySchema, List<IndexShape> indexes) {
  public TableShape {
    indexes = List.copyOf(indexes);
  }

  /** The index called {@code indexName}, or an IllegalArgumentException naming table and index. */
  public IndexShape index(String indexName) {
    for (IndexShape i : indexes) {
      if (i.name().equals(indexName)) return i;
    }
    throw new IllegalArgumentException("Table " + name + " has no index " + indexName);
  }

  /** The key schema of the index read, or the table's for null. */
  public KeySchema keySchemaOf(String indexName) {
    return indexName == null ? keySchema : index(indexName).keySchema();
  }
}
