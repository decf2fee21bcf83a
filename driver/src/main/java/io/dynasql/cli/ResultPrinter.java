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
 * Prints a statement's outcome the way the shell and the demo show it: a small table of rows
 * (the first {@code maxRows}), the update count, then one line per table access with its label
 * and cost.
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
    if (st.execute(sql)) {
      try (ResultSet rs = st.getResultSet()) {
        table(rs);
      }
    } else {
      out.println("   " + st.getUpdateCount() + " row(s) affected");
    }
    for (AccessLine line : st.unwrap(DynasqlStatement.class).accessLines()) out.println("   " + line);
  }

  private void table(ResultSet rs) throws SQLException {
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
        for (int i = 0; i < n; i++) row[i] = String.valueOf(rs.getString(i + 1));
        rows.add(row);
      }
    }
    int[] width = new int[n];
    for (int i = 0; i < n; i++) width[i] = header[i].length();
    for (String[] r : rows) for (int i = 0; i < n; i++) width[i] = Math.min(40, Math.max(width[i], r[i].length()));
    print(header, width);
    for (String[] r : rows) print(r, width);
    out.println("   (" + total + " row" + (total == 1 ? "" : "s") + (total > rows.size() ? ", first " + rows.size() + " shown" : "") + ")");
  }

  private void print(String[] cells, int[] width) {
    StringBuilder sb = new StringBuilder("   ");
    for (int i = 0; i < cells.length; i++) {
      String c = cells[i].length() > width[i] ? cells[i].substring(0, width[i] - 1) + "~" : cells[i];
      sb.append(String.format("%-" + width[i] + "s", c)).append(i < cells.length - 1 ? " | " : "");
    }
    out.println(sb.toString().stripTrailing());
  }
}
