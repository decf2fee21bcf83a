package io.dynasql.federation.schema;

import java.util.List;

/**
 * A source's table as the {@code sys.source_*} tables list it: under which JDBC catalog and
 * schema, and its columns, key and indexes. The name is known without asking the source
 * anything more; the rest may be read on first use (a DynamoDB table is described then), so
 * listing table names never describes tables.
 */
public sealed interface ListedTable permits JdbcTableListing, DynamoTableListing {
  /** The catalog DatabaseMetaData lists the table under, or null. */
  String jdbcCatalog();

  /** The schema DatabaseMetaData lists the table under. */
  String jdbcSchema();

  /** The remote table name, exactly. */
  String name();

  /** The table's schema in the source itself, "" where the source has none (SQLite, DynamoDB). */
  String remoteSchema();

  /** Its columns in ordinal order. */
  List<ListedColumn> columns();

  /** Its primary key's columns in key order (empty when none). */
  List<String> primaryKey();

  /** The columns of its indexes, the primary key's unique one included when the source lists it. */
  List<RemoteIndexColumn> indexes();
}
