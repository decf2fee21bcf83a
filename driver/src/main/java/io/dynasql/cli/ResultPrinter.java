package io.dynasql.cli;

import io.dynasql.jdbc.AccessLine;
import io.dynasql.jdbc.DynasqlStatement;
import java.io.PrintStream;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints a statement's outcome the way the shell and the demo show it: a table of rows (the
 * first {@code maxRows}), the update count, then one line per table access with its label and
 * cost.
 *
 * <p>Values are printed in full, as psql does in its aligned format: a column is as wide as its
 * widest value, and a value with line breaks (an EXPLAIN plan, a pretty {@code _item}) takes
 * one line of the table per line of its text. Cutting values at a fixed width, as sqlline does
 * to fit the terminal, hides exactly what this shell is for: the end of an access path, the
 * key condition and pushed filter, the attribute that made an item large.
 */
final class ResultPrinter {
  private final PrintStream out;
  private final int maxRows;

  ResultPrinter(PrintStream out, int maxRows) {
    this.out = out;
    this.maxRows = maxRows;
  }

  /** Executes {@code sql} on {@code st} and prints what it did. */
  void run(Statement st, String sql) throws SQLException {
    run(st, sql, () -> { });
  }

  /** The same, calling {@code executed} once the statement has run, before its labels are printed. */
  void run(Statement st, String sql, Runnable executed) throws SQLException {
    boolean rows = st.execute(sql);
    executed.run();
    if (rows) {
      try (ResultSet rs = st.getResultSet()) {
        table(rs);
      }
    } else {
      out.println("   " + st.getUpdateCount() + " row(s) affected");
    }
    for (AccessLine line : st.unwrap(DynasqlStatement.class).accessLines()) out.println("   " + line);
  }

  /** Prints every row (up to {@code maxRows}) of {@code rs} as a table, then the row count. */
  void table(ResultSet rs) throws SQLException {
    ResultSetMetaData md = rs.getMetaData();
    int n = md.getColumnCount();
    List<String[]> rows = new ArrayList<>();
    String[] header = new String[n];
    for (int i = 0; i < n; i++) header[i] = md.getColumnLabel(i + 1);
    int total = 0;
    while (rs.next()) {
      total++;
      if (rows.size() < maxRows) {
        String[] row = new String[n];
        // a plan's text ends with a line break: an empty line of the table would say nothing
        for (int i = 0; i < n; i++) row[i] = String.valueOf(rs.getString(i + 1)).replaceFirst("(\\r?\\n)+$", "");
        rows.add(row);
      }
    }
    grid(header, rows);
    out.println("   (" + total + " row" + (total == 1 ? "" : "s") + (total > rows.size() ? ", first " + rows.size() + " shown" : "") + ")");
  }

  /** Prints one line of text as it is. */
  void line(String text) {
    out.println(text);
  }

  /** Prints a header and rows aligned in columns, every value in full. */
  void grid(String[] header, List<String[]> rows) {
    int[] width = new int[header.length];
    for (int i = 0; i < header.length; i++) width[i] = widest(header[i]);
    for (String[] r : rows) for (int i = 0; i < header.length; i++) width[i] = Math.max(width[i], widest(r[i]));
    print(header, width);
    for (String[] r : rows) print(r, width);
  }

  private static int widest(String cell) {
    int w = 0;
    for (String line : cell.split("\r?\n", -1)) w = Math.max(w, line.length());
    return w;
  }

  /** One row of cells; a cell of several lines makes the row as tall as it, the others padded. */
  private void print(String[] cells, int[] width) {
    String[][] lines = new String[cells.length][];
    int height = 1;
    for (int i = 0; i < cells.length; i++) {
      lines[i] = cells[i].split("\r?\n", -1);
      height = Math.max(height, lines[i].length);
    }
    for (int l = 0; l < height; l++) {
      StringBuilder sb = new StringBuilder("   ");
      for (int i = 0; i < cells.length; i++) {
        String part = l < lines[i].length ? lines[i][l] : "";
        sb.append(part).append(" ".repeat(width[i] - part.length())).append(i < cells.length - 1 ? " | " : "");
      }
      out.println(sb.toString().stripTrailing());
    }
  }
}
