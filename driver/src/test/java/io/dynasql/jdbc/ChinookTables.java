package io.dynasql.jdbc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Chinook sample's 11 tables (artists, albums, tracks, playlists, customers, employees,
 * invoices), read once per JVM from the {@code net.hydromatic:chinook-data-hsqldb} artifact: an
 * HSQLDB database in the jar, opened in-process read-only through {@code jdbc:hsqldb:res:chinook}
 * (the artifact's {@code ChinookHsqldb.URI}). The data set is MIT-licensed (lerocha/chinook-database),
 * the artifact Apache-2.0.
 */
final class ChinookTables {
  /** A column as HSQLDB declares it: INTEGER, VARCHAR(size), DATE or DECIMAL(size, scale). */
  record Column(String name, int jdbcType, int size, int scale, boolean nullable) {}

  /** A table with its columns in order, primary key, foreign keys and every row. */
  record Table(String name, List<Column> columns, List<String> key, List<ForeignKey> foreignKeys, List<Object[]> rows) {
    Column column(String name) {
      return columns.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    /** The values of column {@code name}, in row order. */
    List<Object> values(String name) {
      int i = columns.indexOf(column(name));
      return rows.stream().map(r -> r[i]).toList();
    }
  }

  /** {@code table.column} references {@code parent.parentColumn} (one column each in Chinook). */
  record ForeignKey(String table, String column, String parent, String parentColumn) {}

  private static Map<String, Table> tables;

  private ChinookTables() {}

  /** The tables by name (Album, Artist, …, Track). */
  static synchronized Map<String, Table> all() throws SQLException {
    if (tables == null) tables = read();
    return tables;
  }

  private static Map<String, Table> read() throws SQLException {
    Map<String, Table> out = new TreeMap<>();
    try (Connection c = DriverManager.getConnection("jdbc:hsqldb:res:chinook", "CHINOOK", "CHINOOK")) {
      DatabaseMetaData md = c.getMetaData();
      List<String> names = new ArrayList<>();
      try (ResultSet rs = md.getTables(null, "chinook", "%", new String[] {"TABLE"})) {
        while (rs.next()) names.add(rs.getString("TABLE_NAME"));
      }
      for (String name : names) {
        List<Column> columns = new ArrayList<>();
        try (ResultSet rs = md.getColumns(null, "chinook", name, "%")) {
          while (rs.next()) {
            columns.add(new Column(rs.getString("COLUMN_NAME"), rs.getInt("DATA_TYPE"), rs.getInt("COLUMN_SIZE"),
                rs.getInt("DECIMAL_DIGITS"), rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls));
          }
        }
        TreeMap<Short, String> key = new TreeMap<>();
        try (ResultSet rs = md.getPrimaryKeys(null, "chinook", name)) {
          while (rs.next()) key.put(rs.getShort("KEY_SEQ"), rs.getString("COLUMN_NAME"));
        }
        List<ForeignKey> fks = new ArrayList<>();
        try (ResultSet rs = md.getImportedKeys(null, "chinook", name)) {
          while (rs.next()) {
            fks.add(new ForeignKey(name, rs.getString("FKCOLUMN_NAME"), rs.getString("PKTABLE_NAME"), rs.getString("PKCOLUMN_NAME")));
          }
        }
        out.put(name, new Table(name, columns, List.copyOf(key.values()), fks, rows(c, name, columns)));
      }
    }
    if (out.size() != 11) throw new IllegalStateException("Chinook has 11 tables, read " + out.keySet());
    return out;
  }

  private static List<Object[]> rows(Connection c, String table, List<Column> columns) throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM \"chinook\".\"" + table + "\"")) {
      while (rs.next()) {
        Object[] row = new Object[columns.size()];
        for (int i = 0; i < row.length; i++) {
          // dates as java.time values, so no time zone shifts them on the way to any database
          row[i] = columns.get(i).jdbcType() == Types.DATE && rs.getDate(i + 1) != null
              ? rs.getDate(i + 1).toLocalDate() : rs.getObject(i + 1);
        }
        rows.add(row);
      }
    }
    return rows;
  }
}
