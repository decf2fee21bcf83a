package io.dynasql.federation.schema;

import java.util.List;

/**
 * A table of a source as read from its DatabaseMetaData once.
 *
 * @param catalog the remote catalog, or null
 * @param schema the remote schema, or null (SQLite has none)
 * @param name the remote table name, exactly
 * @param columns in ordinal order
 * @param primaryKey the primary key's columns in key order (empty when none)
 * @param indexes the columns of its indexes, by index and position (empty when the source lists none)
 */
public record RemoteTableDef(String catalog, String schema, String name, List<RemoteColumn> columns, List<String> primaryKey,
    List<RemoteIndexColumn> indexes) {
  public RemoteTableDef {
    columns = List.copyOf(columns);
    primaryKey = List.copyOf(primaryKey);
    indexes = List.copyOf(indexes);
  }

  /** A table whose indexes are not known. */
  public RemoteTableDef(String catalog, String schema, String name, List<RemoteColumn> columns, List<String> primaryKey) {
    this(catalog, schema, name, columns, primaryKey, List.of());
  }
}
