package io.dynasql.federation;

import io.dynasql.federation.catalog.SourceDefinition;
import io.dynasql.federation.catalog.SourceOption;
import io.dynasql.federation.schema.RemoteTableDef;
import java.sql.SQLException;
import java.util.Map;

/**
 * A declared source while the database is open: its pool, its dialect and the tables its
 * DatabaseMetaData listed (read once, on first use, and again after ALTER SOURCE).
 */
public final class LiveSource implements AutoCloseable {
  private final SourceDefinition definition;
  private final SourcePool pool;
  private final Dialect dialect;
  private final String defaultSchema;
  private volatile Map<String, Map<String, RemoteTableDef>> tables;
  /** Rows per table by the source's statistics, read once per table (until ALTER SOURCE makes a new LiveSource). */
  private final Map<RemoteTableDef, Double> rowCounts = new java.util.concurrent.ConcurrentHashMap<>();

  /** Rows assumed of a table whose source keeps no statistics for it (never analysed, or a database we do not know). */
  public static final double DEFAULT_TABLE_ROWS = 1000;

  LiveSource(SourceDefinition definition, SourcePool pool) {
    this.definition = definition;
    this.pool = pool;
    try {
      String[] facts = pool.withConnection(c -> new String[] {c.getMetaData().getDatabaseProductName(), c.getSchema()});
      this.dialect = Dialect.of(facts[0]);
      String chosen = definition.option(SourceOption.SCHEMA);
      this.defaultSchema = chosen != null ? chosen : facts[1];
    } catch (SQLException e) {
      pool.close();
      throw new SourceException(SourceException.CANNOT_CONNECT, "Source " + definition.name() + ": cannot read its metadata: "
          + e.getMessage(), e);
    }
  }

  public String name() {
    return definition.name();
  }

  public SourceDefinition definition() {
    return definition;
  }

  public SourcePool pool() {
    return pool;
  }

  public Dialect dialect() {
    return dialect;
  }

  /** The remote schema that two-part names ({@code source.table}) read, or null (one without schemas). */
  public String defaultSchema() {
    return defaultSchema;
  }

  /** The remote schema ("" for none) whose tables two-part names reach: the only one, or the default one. */
  public String ownSchema() {
    Map<String, Map<String, RemoteTableDef>> all = tables();
    String own = all.size() == 1 ? all.keySet().iterator().next() : defaultSchema;
    return own == null ? "" : own;
  }

  /** The source's tables by remote schema ("" for none) and name. */
  public Map<String, Map<String, RemoteTableDef>> tables() {
    Map<String, Map<String, RemoteTableDef>> t = tables;
    if (t == null) {
      try {
        t = pool.withConnection(RemoteMetadata::read);
      } catch (SQLException e) {
        throw new SourceException(SourceException.CANNOT_CONNECT, "Source " + name() + ": cannot list its tables: "
            + e.getMessage(), e);
      }
      tables = t;
    }
    return t;
  }

  /**
   * The rows {@code t} holds by the source's statistics, read with one catalog query the first
   * time; {@link #DEFAULT_TABLE_ROWS} when it keeps none or they cannot be read.
   */
  public double tableRows(RemoteTableDef t) {
    return rowCounts.computeIfAbsent(t, def -> {
      try {
        return pool.withConnection(c -> TableRowCount.read(c, dialect, def)).orElse(DEFAULT_TABLE_ROWS);
      } catch (SQLException e) {
        return DEFAULT_TABLE_ROWS; // statistics only guide the plan: a source that cannot say gets the default
      }
    });
  }

  @Override
  public void close() {
    pool.close();
  }
}
