package io.dynasql.federation;

import io.dynasql.calcite.exec.SqlSession;
import io.dynasql.engine.Database;
import io.dynasql.federation.schema.SourceSchema;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Keeps a connection's schemas in step with the database's sources: one schema per declared
 * source, added when declared (by this connection, another, or another process) and removed
 * when dropped. Cheap when nothing changed, so the driver calls it before each statement. Also
 * adds the sources' metadata tables to {@code sys} ({@code SourceSystemTables}).
 */
public final class FederatedSchemas {
  private final Database database;
  private final SqlSession session;
  private final boolean pushdown;
  private Map<String, ?> attached = Map.of();

  /**
   * The source schemas of {@code session}; {@code pushdown} is the connection's property of that
   * name: false reads every source table whole, as it reads dynasql's own tables with a plain SCAN.
   */
  public FederatedSchemas(Database database, SqlSession session, boolean pushdown) {
    this.database = database;
    this.session = session;
    this.pushdown = pushdown;
    org.apache.calcite.schema.SchemaPlus sys = session.root().subSchemas().get("sys");
    if (sys != null) io.dynasql.federation.schema.SourceSystemTables.addTo(sys, Sources.of(database));
  }

  /** Adds and removes source schemas; true when any changed (cached plans may be stale). */
  public boolean refresh() {
    Sources sources = Sources.of(database);
    Map<String, ?> now = sources.definitions();
    if (now.equals(attached)) return false;
    Set<String> gone = new HashSet<>(attached.keySet());
    gone.removeAll(now.keySet());
    gone.forEach(session::removeSchema);
    for (Map.Entry<String, ?> e : now.entrySet()) {
      String name = e.getKey();
      boolean dynamo = ((io.dynasql.federation.catalog.SourceDefinition) e.getValue()).type()
          == io.dynasql.federation.catalog.SourceType.DYNAMODB;
      session.putSchema(name, dynamo ? new io.dynasql.federation.dynamo.DynamoSchema(() -> sources.dynamo(name), pushdown)
          : new SourceSchema(sources, name, pushdown));
    }
    attached = now;
    return true;
  }
}
