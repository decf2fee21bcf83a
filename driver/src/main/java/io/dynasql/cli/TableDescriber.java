package io.dynasql.cli;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code !describe <table>}: a table's columns, keys and indexes, read through
 * {@link DatabaseMetaData} as any JDBC tool reads them (so it shows what DBeaver shows, and
 * browsing never reads items).
 */
final class TableDescriber {
  private final DatabaseMetaData md;
  private final ResultPrinter printer;

  TableDescriber(DatabaseMetaData md, ResultPrinter printer) {
    this.md = md;
    this.printer = printer;
  }

  /** A table found by name: exactly, else by a case-insensitive match that is the only one. */
  record Found(String schema, String table) {}

  /** Finds {@code name} ({@code table} or {@code schema.table}); empty when none or several match. */
  Optional<Found> find(String name) throws SQLException {
    int dot = name.indexOf('.');
    String schema = dot < 0 ? null : name.substring(0, dot);
    String table = dot < 0 ? name : name.substring(dot + 1);
    List<Found> exact = new ArrayList<>();
    List<Found> folded = new ArrayList<>();
    try (ResultSet rs = md.getTables(null, null, "%", null)) {
      while (rs.next()) {
        Found f = new Found(rs.getString("TABLE_SCHEM"), rs.getString("TABLE_NAME"));
        if (schema != null && !schema.equalsIgnoreCase(f.schema())) continue;
        if (f.table().equals(table) && (schema == null || schema.equals(f.schema()))) exact.add(f);
        else if (f.table().equalsIgnoreCase(table)) folded.add(f);
      }
    }
    if (exact.size() == 1) return Optional.of(exact.get(0));
    return exact.isEmpty() && folded.size() == 1 ? Optional.of(folded.get(0)) : Optional.empty();
  }

  /** Prints the columns (with their part in the key) and the indexes of {@code t}. */
  void describe(Found t) throws SQLException {
    Map<String, String> keys = new LinkedHashMap<>();
    try (ResultSet rs = md.getPrimaryKeys(null, t.schema(), t.table())) {
      while (rs.next()) {
        if (!t.table().equals(rs.getString("TABLE_NAME"))) continue;
        keys.put(rs.getString("COLUMN_NAME"), rs.getShort("KEY_SEQ") == 1 ? "partition key" : "sort key");
      }
    }
    List<String[]> columns = new ArrayList<>();
    try (ResultSet rs = md.getColumns(null, t.schema(), t.table(), "%")) {
      while (rs.next()) {
        // the table name is a LIKE pattern: "order_lines" also matches "orderXlines"
        if (!t.table().equals(rs.getString("TABLE_NAME"))) continue;
        String column = rs.getString("COLUMN_NAME");
        columns.add(new String[] {column, rs.getString("TYPE_NAME"), rs.getString("IS_NULLABLE"), keys.getOrDefault(column, "")});
      }
    }
    printer.line("table " + t.schema() + "." + t.table());
    printer.grid(new String[] {"column", "type", "nullable", "key"}, columns);
    Map<String, String[]> indexes = new LinkedHashMap<>();
    try (ResultSet rs = md.getIndexInfo(null, t.schema(), t.table(), false, true)) {
      while (rs.next()) {
        if (!t.table().equals(rs.getString("TABLE_NAME")) || rs.getString("INDEX_NAME") == null) continue;
        String unique = rs.getBoolean("NON_UNIQUE") ? "no" : "yes";
        String[] row = indexes.computeIfAbsent(rs.getString("INDEX_NAME"), n -> new String[] {n, unique, ""});
        row[2] = row[2].isEmpty() ? rs.getString("COLUMN_NAME") : row[2] + ", " + rs.getString("COLUMN_NAME");
      }
    }
    printer.line("indexes (the table's key first)");
    printer.grid(new String[] {"index", "unique", "columns"}, new ArrayList<>(indexes.values()));
  }
}
