package io.dynasql.federation.schema;

import io.dynasql.calcite.sys.SysTable;
import io.dynasql.federation.LiveSource;
import io.dynasql.federation.SourceException;
import io.dynasql.federation.Sources;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * {@code sys.source_tables}, {@code sys.source_columns}, {@code sys.source_primary_keys} and
 * {@code sys.source_indexes}: the tables, columns, keys and indexes of every reachable source, from their own metadata (read once per
 * source and kept), with the catalog and schema DatabaseMetaData lists each under. A source
 * that cannot be reached is left out rather than failing the whole listing.
 */
public final class SourceSystemTables {
  private SourceSystemTables() {}

  /** Adds the four tables to {@code sys}. */
  public static void addTo(SchemaPlus sys, Sources sources) {
    // jdbc_catalog / jdbc_schema: how DatabaseMetaData lists a table, so that the name a tool writes from them works:
    // source.table (no catalog) for the source's own schema, source.schema.table (source as catalog) for the others
    sys.add("source_tables", new SysTable(named(text("source"), text("table_schema")), () -> rows(sources, (l, t, out) ->
        out.add(row(l, t, l.name(), schema(t))))));
    sys.add("source_columns", new SysTable(named(text("column_name"), new SysTable.Col("data_type", SqlTypeName.INTEGER),
        text("type_name"), new SysTable.Col("column_size", SqlTypeName.INTEGER), new SysTable.Col("decimal_digits", SqlTypeName.INTEGER),
        new SysTable.Col("nullable", SqlTypeName.BOOLEAN), new SysTable.Col("ordinal_position", SqlTypeName.INTEGER),
        text("remote_type")), () -> rows(sources, (l, t, out) -> {
          int ordinal = 1;
          for (RemoteColumn c : t.columns()) {
            out.add(row(l, t, c.name(), c.type().getJdbcOrdinal(), c.type().getName(), c.precision() < 0 ? null : c.precision(),
                c.scale() < 0 ? null : c.scale(), c.nullable(), ordinal++, c.remoteType()));
          }
        })));
    sys.add("source_primary_keys", new SysTable(named(text("column_name"), new SysTable.Col("key_seq", SqlTypeName.INTEGER)),
        () -> rows(sources, (l, t, out) -> {
          for (int i = 0; i < t.primaryKey().size(); i++) out.add(row(l, t, t.primaryKey().get(i), i + 1));
        })));
    sys.add("source_indexes", new SysTable(named(text("index_name"), new SysTable.Col("non_unique", SqlTypeName.BOOLEAN),
        new SysTable.Col("ordinal_position", SqlTypeName.INTEGER), text("column_name"), text("asc_or_desc"),
        new SysTable.Col("cardinality", SqlTypeName.BIGINT)), () -> rows(sources, (l, t, out) -> {
          for (RemoteIndexColumn i : t.indexes()) {
            out.add(row(l, t, i.index(), i.nonUnique(), i.ordinal(), i.column(), i.ascOrDesc(),
                i.cardinality() < 0 ? null : i.cardinality()));
          }
        })));
  }

  /** jdbc_catalog, jdbc_schema, table_name, then {@code more}. */
  private static List<SysTable.Col> named(SysTable.Col... more) {
    List<SysTable.Col> out = new ArrayList<>(List.of(text("jdbc_catalog"), text("jdbc_schema"), text("table_name")));
    out.addAll(List.of(more));
    return out;
  }

  private static Object[] row(LiveSource l, RemoteTableDef t, Object... more) {
    boolean own = schema(t).equals(l.ownSchema());
    Object[] out = new Object[3 + more.length];
    out[0] = own ? null : l.name();
    out[1] = own ? l.name() : schema(t);
    out[2] = t.name();
    System.arraycopy(more, 0, out, 3, more.length);
    return out;
  }

  /** Adds the rows of one table of a source. */
  @FunctionalInterface
  private interface Rows {
    void add(LiveSource source, RemoteTableDef table, List<Object[]> out);
  }

  private static List<Object[]> rows(Sources sources, Rows rows) {
    List<Object[]> out = new ArrayList<>();
    for (String name : sources.definitions().keySet()) {
      Map<String, Map<String, RemoteTableDef>> tables;
      LiveSource live;
      try {
        live = sources.live(name);
        tables = live.tables();
      } catch (SourceException e) {
        continue; // unreachable now: its tables are listed when it is back
      }
      for (Map<String, RemoteTableDef> schema : tables.values()) {
        for (RemoteTableDef t : schema.values()) rows.add(live, t, out);
      }
    }
    return out;
  }

  private static String schema(RemoteTableDef t) {
    return t.schema() == null ? "" : t.schema();
  }

  private static SysTable.Col text(String name) {
    return new SysTable.Col(name, SqlTypeName.VARCHAR);
  }
}
