package io.dynasql.tck.clients;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Runs in a child JVM with only the shaded driver jar: the JDBC calls DBeaver's generic plugin
 * makes when a user connects (driver and database info, keywords, functions, capability flags,
 * type info, catalogs, schemas, table types), opens the navigator (tables, then per table its
 * columns, keys, foreign keys and indexes, with {@code _} escaped as DBeaver does), opens a
 * table's data tab and runs a query in the SQL editor (forward-only, read-only statements with a
 * fetch size and max rows, and full ResultSetMetaData). With schemas after the URL it browses
 * those instead, every table of each, and opens every table's data tab (sources' tables too).
 * It prints one line per answer that {@link DbeaverReplayTest} checks; any exception ends it
 * with a non-zero exit.
 */
public final class DbeaverReplay {
  private DbeaverReplay() {}

  public static void main(String[] args) throws Exception {
    Properties props = new Properties();
    props.setProperty("user", "dbeaver");
    props.setProperty("password", "");
    try (Connection c = DriverManager.getConnection(args[0], props)) {
      connect(c);
      if (args.length > 1) {
        browse(c, List.of(args).subList(1, args.length));
        return;
      }
      DatabaseMetaData md = c.getMetaData();
      List<String> tables = rows(md.getTables(null, "dynasql", "%", new String[] {"TABLE"}), "TABLE_NAME");
      System.out.println("tables: " + String.join(",", tables));
      String esc = md.getSearchStringEscape();
      System.out.println("tables order_lines escaped: " + rows(md.getTables(null, "dynasql", "order" + esc + "_lines", null), "TABLE_NAME"));
      System.out.println("tables order_lines unescaped: " + rows(md.getTables(null, "dynasql", "order_lines", null), "TABLE_NAME"));
      for (String t : tables) navigate(md, "dynasql", t, t.replace("_", esc + "_"));
      dataTab(c, "SELECT * FROM dynasql.\"orderXlines\"", 200); // the data tab's default page
      dataTab(c, "SELECT * FROM dynasql.customers", 200);
      dataTab(c, "SELECT sku, SUM(qty) AS total, MAX(price) AS top_price FROM order_lines WHERE \"orderId\" = 'o-1' GROUP BY sku", 2);
    }
  }

  /** DBeaver's JDBCDataSource / JDBCDataSourceInfo on connect. */
  private static void connect(Connection c) throws SQLException {
    DatabaseMetaData md = c.getMetaData();
    System.out.println("product: " + md.getDatabaseProductName() + " " + md.getDatabaseProductVersion()
        + " (" + md.getDatabaseMajorVersion() + "." + md.getDatabaseMinorVersion() + ")");
    System.out.println("driver: " + md.getDriverName() + " " + md.getDriverVersion()
        + " (" + md.getDriverMajorVersion() + "." + md.getDriverMinorVersion() + ") jdbc " + md.getJDBCMajorVersion());
    System.out.println("user: " + md.getUserName() + " url: " + md.getURL());
    System.out.println("quote: " + md.getIdentifierQuoteString() + " escape: " + md.getSearchStringEscape()
        + " extra: [" + md.getExtraNameCharacters() + "] catalogSeparator: " + md.getCatalogSeparator());
    System.out.println("terms: " + md.getCatalogTerm() + "/" + md.getSchemaTerm() + "/" + md.getProcedureTerm());
    System.out.println("keywords: " + md.getSQLKeywords().split(",").length);
    System.out.println("functions: " + md.getNumericFunctions().split(",").length + " numeric, "
        + md.getStringFunctions().split(",").length + " string, " + md.getSystemFunctions() + ", " + md.getTimeDateFunctions().split(",").length + " time");
    System.out.println("flags: transactions=" + md.supportsTransactions() + " savepoints=" + md.supportsSavepoints()
        + " batch=" + md.supportsBatchUpdates() + " scroll=" + md.supportsResultSetType(ResultSet.TYPE_SCROLL_INSENSITIVE)
        + " forwardReadOnly=" + md.supportsResultSetConcurrency(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)
        + " mixedCase=" + md.supportsMixedCaseIdentifiers() + "/" + md.storesMixedCaseIdentifiers()
        + " quotedMixedCase=" + md.supportsMixedCaseQuotedIdentifiers() + " schemasInDml=" + md.supportsSchemasInDataManipulation()
        + " catalogsInDml=" + md.supportsCatalogsInDataManipulation() + " holdability=" + md.getResultSetHoldability()
        + " isolation=" + md.getDefaultTransactionIsolation() + " readOnly=" + md.isReadOnly());
    System.out.println("connection: autoCommit=" + c.getAutoCommit() + " isolation=" + c.getTransactionIsolation()
        + " readOnly=" + c.isReadOnly() + " catalog=" + c.getCatalog() + " schema=" + c.getSchema() + " typeMap=" + c.getTypeMap());
    System.out.println("typeinfo: " + rows(md.getTypeInfo(), "TYPE_NAME").size() + " types, "
        + (rows(md.getTypeInfo(), "TYPE_NAME").containsAll(List.of("VARCHAR", "DECIMAL", "BIGINT", "BOOLEAN", "VARBINARY")) ? "has key types" : "MISSING key types"));
    System.out.println("catalogs: " + rows(md.getCatalogs(), "TABLE_CAT"));
    System.out.println("schemas: " + rows(md.getSchemas(), "TABLE_SCHEM"));
    System.out.println("tabletypes: " + rows(md.getTableTypes(), "TABLE_TYPE"));
  }

  /** The navigator over each of {@code schemas}: its tables, each expanded; then each table's data tab. */
  private static void browse(Connection c, List<String> schemas) throws SQLException {
    DatabaseMetaData md = c.getMetaData();
    String esc = md.getSearchStringEscape();
    Map<String, List<String>> all = new LinkedHashMap<>();
    for (String schema : schemas) {
      List<String> tables = rows(md.getTables(null, schema, "%", new String[] {"TABLE"}), "TABLE_NAME");
      System.out.println("tables " + schema + ": " + String.join(",", tables));
      for (String t : tables) navigate(md, schema, t, t.replace("_", esc + "_"));
      all.put(schema, tables);
    }
    for (Map.Entry<String, List<String>> e : all.entrySet()) {
      for (String t : e.getValue()) dataTab(c, "SELECT * FROM " + name(e.getKey()) + "." + name(t), 200);
    }
    dataTab(c, "SELECT access, source, table_name FROM sys.access_log WHERE source IS NOT NULL", 200);
  }

  /** A name as DBeaver writes it in SQL: quoted only when it is not a plain identifier. */
  private static String name(String n) {
    return n.matches("[A-Za-z_][A-Za-z0-9_]*") ? n : "\"" + n.replace("\"", "\"\"") + "\"";
  }

  /** The navigator expanding one table: columns, keys, foreign keys, indexes. */
  private static void navigate(DatabaseMetaData md, String schema, String table, String pattern) throws SQLException {
    List<String> cols = new ArrayList<>();
    String label = schema + "." + table;
    try (ResultSet rs = md.getColumns(null, schema, pattern, "%")) {
      while (rs.next()) {
        if (!rs.getString("TABLE_NAME").equals(table)) throw new AssertionError("getColumns(" + pattern + ") gave " + rs.getString("TABLE_NAME"));
        cols.add(rs.getString("COLUMN_NAME") + ":" + rs.getString("TYPE_NAME") + ":" + rs.getInt("DATA_TYPE") + ":" + rs.getString("IS_NULLABLE"));
      }
    }
    System.out.println("columns " + label + ": " + cols);
    List<String> pk = new ArrayList<>(List.of("", ""));
    try (ResultSet rs = md.getPrimaryKeys(null, schema, table)) {
      while (rs.next()) pk.set(rs.getShort("KEY_SEQ") - 1, rs.getString("COLUMN_NAME"));
    }
    System.out.println("pk " + label + ": " + String.join(",", pk).replaceAll(",$", ""));
    System.out.println("fk " + label + ": " + rows(md.getImportedKeys(null, schema, table), "FK_NAME")
        + rows(md.getExportedKeys(null, schema, table), "FK_NAME"));
    List<String> idx = new ArrayList<>();
    try (ResultSet rs = md.getIndexInfo(null, schema, table, false, true)) {
      while (rs.next()) idx.add(rs.getString("INDEX_NAME") + "(" + rs.getShort("ORDINAL_POSITION") + ":" + rs.getString("COLUMN_NAME") + ")");
    }
    System.out.println("indexes " + label + ": " + String.join(" ", idx));
  }

  /** A data tab or SQL editor query: DBeaver's statement settings, then every column's metadata and value. */
  private static void dataTab(Connection c, String sql, int maxRows) throws SQLException {
    try (Statement st = c.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
      st.setFetchSize(200);
      st.setMaxRows(maxRows);
      boolean hasResults = st.execute(sql);
      try (ResultSet rs = st.getResultSet()) {
        ResultSetMetaData m = rs.getMetaData();
        StringBuilder meta = new StringBuilder("meta " + sql + ":");
        for (int i = 1; i <= m.getColumnCount(); i++) {
          meta.append(' ').append(m.getColumnLabel(i)).append('=').append(m.getColumnTypeName(i)).append('/').append(m.getColumnType(i))
              .append('/').append(m.getPrecision(i)).append(',').append(m.getScale(i)).append('/').append(m.getColumnClassName(i))
              .append("/n").append(m.isNullable(i)).append(m.isReadOnly(i) ? "/ro" : "/rw").append('/').append(m.getColumnDisplaySize(i))
              .append('/').append(m.getTableName(i)).append('/').append(m.getSchemaName(i)).append('/').append(m.getCatalogName(i))
              .append('/').append(m.isAutoIncrement(i)).append(m.isCaseSensitive(i)).append(m.isSearchable(i)).append(m.isSigned(i))
              .append(m.isCurrency(i)).append(m.isWritable(i)).append(m.isDefinitelyWritable(i)).append(m.getColumnName(i));
        }
        System.out.println(meta);
        int n = 0;
        while (rs.next()) {
          n++;
          StringBuilder row = new StringBuilder("row " + sql + ":");
          for (int i = 1; i <= m.getColumnCount(); i++) {
            Object v = rs.getObject(i);
            if (v instanceof java.sql.Array a) v = java.util.Arrays.asList((Object[]) a.getArray());
            row.append(" [").append(v).append(']');
          }
          System.out.println(row);
        }
        System.out.println("rows " + sql + ": " + n + " hasResults=" + hasResults + " warning=" + (st.getWarnings() != null));
        List<String> warnings = new ArrayList<>();
        for (java.sql.SQLWarning w = st.getWarnings(); w != null; w = w.getNextWarning()) warnings.add(w.getMessage());
        System.out.println("warnings " + sql + ": " + warnings);
      }
      st.getMoreResults();
      System.out.println("update count after " + sql + ": " + st.getUpdateCount());
    }
  }

  private static List<String> rows(ResultSet rs, String column) throws SQLException {
    List<String> out = new ArrayList<>();
    try (rs) {
      while (rs.next()) out.add(rs.getString(column));
    }
    return out;
  }
}
