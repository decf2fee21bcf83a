package io.dynasql.federation.schema;

import io.dynasql.calcite.SqlState;
import io.dynasql.calcite.sys.SysTable;
import io.dynasql.federation.LiveSource;
import io.dynasql.federation.SourceException;
import io.dynasql.federation.Sources;
import io.dynasql.federation.catalog.SourceDefinition;
import io.dynasql.federation.catalog.SourceType;
import io.dynasql.federation.dynamo.DynamoLive;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * {@code sys.source_tables}, {@code sys.source_columns}, {@code sys.source_primary_keys} and
 * {@code sys.source_indexes}: the tables, columns, keys and indexes of every reachable source, from their own metadata (read once per
 * source and kept) or, for a DynamoDB source, from ListTables and each table's description
 * ({@link DynamoTableListing}), with the catalog and schema DatabaseMetaData lists each under. A
 * source that cannot be reached is left out rather than failing the whole listing.
 */
public final class SourceSystemTables {
  private SourceSystemTables() {}

  /** Adds the four tables to {@code sys}. */
  public static void addTo(SchemaPlus sys, Sources sources) {
    // jdbc_catalog / jdbc_schema: how DatabaseMetaData lists a table, so that the name a tool writes from them works:
    // source.table (no catalog) for the source's own schema, source.schema.table (source as catalog) for the others
    sys.add("source_tables", new SysTable(named(text("source"), text("table_schema")), () -> rows(sources, (s, t, out) ->
        out.add(row(t, s, t.remoteSchema())))));
    sys.add("source_columns", new SysTable(named(text("column_name"), new SysTable.Col("data_type", SqlTypeName.INTEGER),
        text("type_name"), new SysTable.Col("column_size", SqlTypeName.INTEGER), new SysTable.Col("decimal_digits", SqlTypeName.INTEGER),
        new SysTable.Col("nullable", SqlTypeName.BOOLEAN), new SysTable.Col("ordinal_position", SqlTypeName.INTEGER),
        text("remote_type")), () -> rows(sources, (s, t, out) -> {
          int ordinal = 1;
          for (ListedColumn c : t.columns()) {
            out.add(row(t, c.name(), c.dataType(), c.typeName(), c.size() < 0 ? null : c.size(),
                c.digits() < 0 ? null : c.digits(), c.nullable(), ordinal++, c.remoteType()));
          }
        })));
    sys.add("source_primary_keys", new SysTable(named(text("column_name"), new SysTable.Col("key_seq", SqlTypeName.INTEGER)),
        () -> rows(sources, (s, t, out) -> {
          List<String> key = t.primaryKey();
          for (int i = 0; i < key.size(); i++) out.add(row(t, key.get(i), i + 1));
        })));
    sys.add("source_indexes", new SysTable(named(text("index_name"), new SysTable.Col("non_unique", SqlTypeName.BOOLEAN),
        new SysTable.Col("ordinal_position", SqlTypeName.INTEGER), text("column_name"), text("asc_or_desc"),
        new SysTable.Col("cardinality", SqlTypeName.BIGINT)), () -> rows(sources, (s, t, out) -> {
          for (RemoteIndexColumn i : t.indexes()) {
            out.add(row(t, i.index(), i.nonUnique(), i.ordinal(), i.column(), i.ascOrDesc(),
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

  private static Object[] row(ListedTable t, Object... more) {
    Object[] out = new Object[3 + more.length];
    out[0] = t.jdbcCatalog();
    out[1] = t.jdbcSchema();
    out[2] = t.name();
    System.arraycopy(more, 0, out, 3, more.length);
    return out;
  }

  /** Adds the rows of one table of source {@code source}. */
  @FunctionalInterface
  private interface Rows {
    void add(String source, ListedTable table, List<Object[]> out);
  }

  private static List<Object[]> rows(Sources sources, Rows rows) {
    List<Object[]> out = new ArrayList<>();
    for (Map.Entry<String, SourceDefinition> source : sources.definitions().entrySet()) {
      List<ListedTable> tables;
      try {
        tables = tables(sources, source.getValue());
      } catch (SourceException e) {
        continue; // unreachable now: its tables are listed when it is back
      }
      for (ListedTable t : tables) {
        List<Object[]> mine = new ArrayList<>();
        try {
          rows.add(source.getKey(), t, mine);
        } catch (SourceException e) {
          // a DynamoDB table dropped since the source listed it is left out; an endpoint gone since, with the rest of its tables
          if (e.sqlState().equals(SqlState.TABLE_NOT_FOUND.code())) continue;
          break;
        }
        out.addAll(mine);
      }
    }
    return out;
  }

  /** The tables of one source: a JDBC source's as its metadata lists them, a DynamoDB source's by ListTables. */
  private static List<ListedTable> tables(Sources sources, SourceDefinition d) {
    List<ListedTable> out = new ArrayList<>();
    if (d.type() == SourceType.DYNAMODB) {
      DynamoLive live = sources.dynamo(d.name());
      for (String name : live.tableNames()) out.add(new DynamoTableListing(d.name(), live, name));
      return out;
    }
    LiveSource live = sources.live(d.name());
    for (Map<String, RemoteTableDef> schema : live.tables().values()) {
      for (RemoteTableDef t : schema.values()) out.add(new JdbcTableListing(live, t));
    }
    return out;
  }

  private static SysTable.Col text(String name) {
    return new SysTable.Col(name, SqlTypeName.VARCHAR);
  }
}
