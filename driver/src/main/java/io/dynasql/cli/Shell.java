package io.dynasql.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * {@code dynasql shell [url]}: an interactive SQL shell. Statements end with {@code ;}; after
 * each one it prints the rows and one line per table access (GET / QUERY / SCAN, items read,
 * units, dollars). {@code !tables} lists tables, {@code !quit} leaves.
 */
final class Shell {
  private final BufferedReader in;
  private final PrintStream out;
  private final boolean interactive;

  Shell(BufferedReader in, PrintStream out, boolean interactive) {
    this.in = in;
    this.out = out;
    this.interactive = interactive;
  }

  int run(String url) throws IOException {
    try (Connection conn = DriverManager.getConnection(url); Statement st = conn.createStatement()) {
      out.println("dynasql shell on " + url + " — end statements with ';', !tables, !quit");
      ResultPrinter printer = new ResultPrinter(out, 50);
      StringBuilder pending = new StringBuilder();
      int failures = 0;
      while (true) {
        if (interactive) out.print(pending.length() == 0 ? "dynasql> " : "    ...> ");
        out.flush();
        String line = in.readLine();
        if (line == null) break;
        String trimmed = line.trim();
        if (pending.length() == 0 && trimmed.startsWith("!")) {
          if (trimmed.equals("!quit") || trimmed.equals("!q")) break;
          if (trimmed.equals("!tables")) failures += runOne(printer, st, "SELECT table_name, item_count, partition_key, sort_key, index_count FROM sys.tables ORDER BY table_name");
          else out.println("unknown command " + trimmed + " (try !tables or !quit)");
          continue;
        }
        pending.append(line).append('\n');
        if (trimmed.endsWith(";")) {
          String sql = pending.toString().trim();
          pending.setLength(0);
          failures += runOne(printer, st, sql.substring(0, sql.length() - 1));
        }
      }
      return failures == 0 ? 0 : 1;
    } catch (SQLException e) {
      out.println("cannot connect: " + e.getSQLState() + " " + e.getMessage());
      return 2;
    }
  }

  private int runOne(ResultPrinter printer, Statement st, String sql) {
    try {
      printer.run(st, sql);
      return 0;
    } catch (SQLException e) {
      out.println("   error " + e.getSQLState() + ": " + e.getMessage());
      return 1;
    } catch (RuntimeException e) { // the driver throws only SQLExceptions; the printer's own failure must not end the session either
      out.println("   error: " + e);
      return 1;
    }
  }

}
