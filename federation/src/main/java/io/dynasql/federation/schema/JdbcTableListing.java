package io.dynasql.federation.schema;

import io.dynasql.federation.LiveSource;
import java.util.List;

/**
 * A table of a JDBC source, as its DatabaseMetaData described it: a table of the source's own
 * schema is listed under schema {@code crm} (written {@code crm.customers}), one of its other
 * remote schemas under catalog {@code crm} and that schema (written {@code crm.other.t}).
 */
record JdbcTableListing(LiveSource source, RemoteTableDef def) implements ListedTable {
  @Override
  public String jdbcCatalog() {
    return own() ? null : source.name();
  }

  @Override
  public String jdbcSchema() {
    return own() ? source.name() : remoteSchema();
  }

  @Override
  public String name() {
    return def.name();
  }

  @Override
  public List<ListedColumn> columns() {
    return def.columns().stream().map(c -> new ListedColumn(c.name(), c.type().getJdbcOrdinal(), c.type().getName(),
        c.precision(), c.scale(), c.nullable(), c.remoteType())).toList();
  }

  @Override
  public List<String> primaryKey() {
    return def.primaryKey();
  }

  @Override
  public List<RemoteIndexColumn> indexes() {
    return def.indexes();
  }

  @Override
  public String remoteSchema() {
    return def.schema() == null ? "" : def.schema();
  }

  private boolean own() {
    return remoteSchema().equals(source.ownSchema());
  }
}
