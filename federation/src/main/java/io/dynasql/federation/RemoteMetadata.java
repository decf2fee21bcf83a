package io.dynasql.federation;

import io.dynasql.federation.schema.RemoteColumn;
import io.dynasql.federation.schema.RemoteTableDef;
import io.dynasql.federation.schema.RemoteTypes;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads a source's tables, columns, primary keys and indexes from its DatabaseMetaData, leaving out the
 * database's own system schemas. Tables and views are both tables to dynasql.
 */
final class RemoteMetadata {
  private static final Set<String> SYSTEM_SCHEMAS = Set.of("information_schema", "pg_catalog", "pg_toast",
      "mysql", "performance_schema", "sys");

  private RemoteMetadata() {}

  static Map<String, Map<String, RemoteTableDef>> read(Connection c) throws SQLException {
    DatabaseMetaData md = c.getMetaData();
    Map<String, Map<String, RemoteTableDef>> out = new TreeMap<>();
    List<String[]> names = new ArrayList<>();
    try (ResultSet rs = md.getTables(null, null, "%", new String[] {"TABLE", "VIEW"})) {
      while (rs.next()) {
        String schema = rs.getString("TABLE_SCHEM");
        if (schema != null && SYSTEM_SCHEMAS.contains(schema.toLowerCase(Locale.ROOT))) continue;
        names.add(new String[] {rs.getString("TABLE_CAT"), schema, rs.getString("TABLE_NAME")});
      }
    }
    for (String[] n : names) {
      RemoteTableDef t = new RemoteTableDef(n[0], n[1], n[2], columns(md, n), primaryKey(md, n), RemoteIndexes.read(md, n));
      out.computeIfAbsent(n[1] == null ? "" : n[1], k -> new TreeMap<>()).put(n[2], t);
    }
    return out;
  }

  private static List<RemoteColumn> columns(DatabaseMetaData md, String[] n) throws SQLException {
    List<RemoteColumn> out = new ArrayList<>();
    Dialect dialect = Dialect.of(md.getDatabaseProductName());
    try (ResultSet rs = md.getColumns(n[0], n[1], escape(md, n[2]), "%")) {
      while (rs.next()) {
        if (!n[2].equals(rs.getString("TABLE_NAME"))) continue;
        int jdbc = rs.getInt("DATA_TYPE");
        String typeName = rs.getString("TYPE_NAME");
        int size = rs.getInt("COLUMN_SIZE");
        if (rs.wasNull()) size = -1;
        int scale = rs.getInt("DECIMAL_DIGITS");
        if (rs.wasNull()) scale = -1;
        out.add(new RemoteColumn(rs.getString("COLUMN_NAME"), jdbc, typeName, RemoteTypes.of(dialect, jdbc, typeName), size, scale,
            rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls));
      }
    }
    return out;
  }

  private static List<String> primaryKey(DatabaseMetaData md, String[] n) throws SQLException {
    TreeMap<Short, String> key = new TreeMap<>();
    try (ResultSet rs = md.getPrimaryKeys(n[0], n[1], n[2])) {
      while (rs.next()) key.put(rs.getShort("KEY_SEQ"), rs.getString("COLUMN_NAME"));
    }
    return new ArrayList<>(key.values());
  }

  /** A table name as a getColumns pattern: its {@code _} and {@code %} escaped. */
  private static String escape(DatabaseMetaData md, String name) throws SQLException {
    String e = md.getSearchStringEscape();
    if (e == null || e.isEmpty()) return name;
    return name.replace(e, e + e).replace("_", e + "_").replace("%", e + "%");
  }
}
