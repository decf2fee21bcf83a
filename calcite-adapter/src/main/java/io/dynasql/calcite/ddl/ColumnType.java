package io.dynasql.calcite.ddl;

import io.dynasql.engine.model.AttributeType;

/**
 * A column's SQL type as written, normalised, and the DynamoDB key type it maps to.
 *
 * @param sql the type upper-cased with its sizes, e.g. {@code VARCHAR(20)}, {@code DECIMAL(10, 2)},
 *     {@code BIGINT ARRAY}; this is what the catalog remembers
 * @param keyType S, N or B when a key can be of this type; null for BOOLEAN, JSON and arrays,
 *     which only non-key columns may have
 */
public record ColumnType(String sql, AttributeType keyType) {

  /** Whether a table or index key column may have this type. */
  public boolean canBeKey() {
    return keyType != null;
  }
}
