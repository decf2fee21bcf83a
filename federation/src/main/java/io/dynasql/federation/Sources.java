package io.dynasql.federation;

import io.dynasql.engine.Database;
import io.dynasql.federation.catalog.Credentials;
import io.dynasql.federation.catalog.SourceCatalog;
import io.dynasql.federation.catalog.SourceDefinition;
import io.dynasql.federation.ddl.SourceStatement;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.WeakHashMap;

/**
 * The sources of one open database, shared by its connections in this JVM: the catalog, and a
 * {@link LiveSource} (pool and metadata) per source, opened on first use and closed when the
 * source is dropped or altered, or the database closes ({@link #close(Database)}).
 */
public final class Sources {
  private static final Map<Database, Sources> OPEN = Collections.synchronizedMap(new WeakHashMap<>());

  /** Schema names a source may not take: the connection's own schemas. */
  private static final java.util.Set<String> RESERVED = java.util.Set.of("dynasql", "sys", "information_schema", "metadata");

  private final SourceCatalog catalog;
  private final Credentials credentials;
  private final Map<String, LiveSource> live = new HashMap<>();
  private final Map<String, io.dynasql.federation.dynamo.DynamoLive> dynamo = new HashMap<>();
  private final java.util.function.UnaryOperator<String> environment;

  Sources(SourceCatalog catalog, Credentials credentials, java.util.function.UnaryOperator<String> environment) {
    this.catalog = catalog;
    this.credentials = credentials;
    this.environment = environment;
  }

  /** The sources of {@code db}, their passwords read from the process environment. */
  public static Sources of(Database db) {
    return OPEN.computeIfAbsent(db, d -> new Sources(new SourceCatalog(d.directory()), new Credentials(System::getenv), System::getenv));
  }

  /** Closes the pools of {@code db}'s sources (the database is closing). */
  public static void close(Database db) {
    Sources s = OPEN.remove(db);
    if (s != null) s.closeAll();
  }

  /** The declared sources by name (read again when another process changed them). */
  public Map<String, SourceDefinition> definitions() {
    return catalog.sources();
  }

  /** The live source called {@code name}, connecting first if need be. */
  public synchronized LiveSource live(String name) {
    SourceDefinition d = catalog.sources().get(name);
    if (d == null) throw new SourceException(SourceException.UNDEFINED, "Source " + name + " does not exist");
    if (d.type() != io.dynasql.federation.catalog.SourceType.JDBC) {
      throw new SourceException(SourceException.UNDEFINED, "Source " + name + " is a " + d.type() + " source, not a JDBC one");
    }
    LiveSource l = live.get(name);
    if (l != null && !l.definition().equals(d)) {
      l.close(); // changed by another process: reconnect with its new options
      l = null;
    }
    if (l == null) {
      l = new LiveSource(d, SourcePool.open(d, credentials));
      live.put(name, l);
    }
    return l;
  }

  /** The live DynamoDB source called {@code name}, connecting first if need be. */
  public synchronized io.dynasql.federation.dynamo.DynamoLive dynamo(String name) {
    SourceDefinition d = catalog.sources().get(name);
    if (d == null || d.type() != io.dynasql.federation.catalog.SourceType.DYNAMODB) {
      throw new SourceException(SourceException.UNDEFINED, "Source " + name + " is not a declared DYNAMODB source");
    }
    io.dynasql.federation.dynamo.DynamoLive l = dynamo.get(name);
    if (l != null && !l.definition().equals(d)) {
      l.close(); // changed by another process: reconnect with its new options
      l = null;
    }
    if (l == null) {
      l = io.dynasql.federation.dynamo.DynamoLive.open(d, environment);
      dynamo.put(name, l);
    }
    return l;
  }

  /**
   * Runs a source statement. CREATE and ALTER connect first, so a source that cannot be reached
   * is refused before the catalog changes. Returns whether anything changed (IF [NOT] EXISTS).
   */
  public synchronized boolean execute(SourceStatement statement) {
    Map<String, SourceDefinition> all = new TreeMap<>(catalog.sources());
    SourceDefinition before = all.get(statement.source());
    if (statement instanceof SourceStatement.Create c) {
      if (RESERVED.contains(c.source().toLowerCase(java.util.Locale.ROOT))) {
        throw new SourceException(SourceException.RESERVED, "Source name " + c.source() + " is reserved (it names one of"
            + " dynasql's own schemas: " + RESERVED + ")");
      }
      if (before != null) {
        if (c.ifNotExists()) return false;
        throw new SourceException(SourceException.EXISTS, "Source " + c.source() + " already exists");
      }
      return replace(all, new SourceDefinition(c.source(), c.type(), c.options()));
    }
    if (before == null) {
      if (statement instanceof SourceStatement.Drop d && d.ifExists()) return false;
      throw new SourceException(SourceException.UNDEFINED, "Source " + statement.source() + " does not exist");
    }
    if (statement instanceof SourceStatement.Alter a) return replace(all, before.with(a.options()));
    all.remove(statement.source());
    catalog.write(all);
    LiveSource old = live.remove(statement.source());
    if (old != null) old.close();
    io.dynasql.federation.dynamo.DynamoLive oldDynamo = dynamo.remove(statement.source());
    if (oldDynamo != null) oldDynamo.close();
    return true;
  }

  private boolean replace(Map<String, SourceDefinition> all, SourceDefinition d) {
    if (d.type() == io.dynasql.federation.catalog.SourceType.DYNAMODB) return replaceDynamo(all, d);
    LiveSource fresh = new LiveSource(d, SourcePool.open(d, credentials));
    all.put(d.name(), d);
    try {
      catalog.write(all);
    } catch (RuntimeException e) {
      fresh.close();
      throw e;
    }
    LiveSource old = live.put(d.name(), fresh);
    if (old != null) old.close();
    return true;
  }

  /** CREATE or ALTER of a DynamoDB source: lists its tables before the catalog changes. */
  private boolean replaceDynamo(Map<String, SourceDefinition> all, SourceDefinition d) {
    io.dynasql.federation.dynamo.DynamoLive fresh = io.dynasql.federation.dynamo.DynamoLive.open(d, environment);
    all.put(d.name(), d);
    try {
      catalog.write(all);
    } catch (RuntimeException e) {
      fresh.close();
      throw e;
    }
    io.dynasql.federation.dynamo.DynamoLive old = dynamo.put(d.name(), fresh);
    if (old != null) old.close();
    return true;
  }

  private synchronized void closeAll() {
    live.values().forEach(LiveSource::close);
    live.clear();
    dynamo.values().forEach(io.dynasql.federation.dynamo.DynamoLive::close);
    dynamo.clear();
  }
}
