package io.dynasql.federation.schema;

import io.dynasql.federation.LiveSource;
import java.util.HashMap;
import java.util.Map;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.impl.AbstractSchema;

/** One remote schema of a source, its tables as {@link RemoteTable}s. */
final class RemoteSchema extends AbstractSchema {
  private final LiveSource source;
  private final Map<String, RemoteTableDef> defs;
  private final boolean pushdown;

  RemoteSchema(LiveSource source, Map<String, RemoteTableDef> defs, boolean pushdown) {
    this.source = source;
    this.defs = defs;
    this.pushdown = pushdown;
  }

  Map<String, Table> tableMap() {
    Map<String, Table> out = new HashMap<>();
    defs.forEach((n, d) -> out.put(n, new RemoteTable(source, d, pushdown)));
    return out;
  }

  @Override
  protected Map<String, Table> getTableMap() {
    return tableMap();
  }
}
