package io.dynasql.federation.schema;

import io.dynasql.federation.LiveSource;
import io.dynasql.federation.Sources;
import java.util.HashMap;
import java.util.Map;
import org.apache.calcite.schema.Schema;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.impl.AbstractSchema;

/**
 * A source as a schema: its remote schemas are sub-schemas ({@code crm.public.customers}) and
 * the tables of its default remote schema are its own tables too ({@code crm.customers}). The
 * source is reached only when a statement names it, so one that is down does not stop a
 * connection from opening.
 */
public final class SourceSchema extends AbstractSchema {
  private final Sources sources;
  private final String name;
  private final boolean pushdown;

  /** Source {@code name}'s schema; {@code pushdown} false reads its tables whole ({@link RemoteTable#pushdown()}). */
  public SourceSchema(Sources sources, String name, boolean pushdown) {
    this.sources = sources;
    this.name = name;
    this.pushdown = pushdown;
  }

  @Override
  protected Map<String, Schema> getSubSchemaMap() {
    LiveSource live = sources.live(name);
    Map<String, Schema> out = new HashMap<>();
    live.tables().forEach((schema, tables) -> {
      if (!schema.isEmpty()) out.put(schema, new RemoteSchema(live, tables, pushdown));
    });
    return out;
  }

  @Override
  protected Map<String, Table> getTableMap() {
    LiveSource live = sources.live(name);
    return new RemoteSchema(live, live.tables().getOrDefault(live.ownSchema(), Map.of()), pushdown).tableMap();
  }
}
