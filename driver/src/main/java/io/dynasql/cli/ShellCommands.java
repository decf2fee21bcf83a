package io.dynasql.cli;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * The shell's own commands, lines that start with {@code !} (sqlline's convention):
 * {@code !help}, {@code !tables}, {@code !describe <table>}, {@code !quit}.
 */
final class ShellCommands {
  /** What a command did: the session goes on (after success or failure), or ends. */
  enum Outcome { DONE, FAILED, QUIT }

  static final String HELP = String.join("\n",
      "SQL statements end with ';'. One may span lines, several may share a line, and the last one of a",
      "piped script needs no ';'. After each statement the shell prints its rows (the first 50) and one line",
      "per table access: access=GET|BATCH_GET|QUERY|SCAN, items read and returned, read/write units, and what",
      "it would cost on DynamoDB (cost_usd); far_from_data=true when SQL aggregated, joined or sorted above it.",
      "",
      "  !tables             tables with their item counts, keys and number of indexes",
      "  !describe <table>   a table's columns, key (partition key, sort key) and indexes",
      "  !help               this text",
      "  !quit               leave (also !q, !exit, Ctrl-D)",
      "",
      "  EXPLAIN PLAN FOR <query>                   the access path a query takes, without running it",
      "  EXPLAIN PLAN FOR <insert|update|delete>    what a write would read and write, and its price, without running it",
      "  SELECT * FROM sys.access_log;              every access so far, with its cost",
      "",
      "Editing on a terminal: arrow keys, Ctrl-R searches the history (~/.dynasql_history),",
      "Ctrl-C drops the statement being typed.");

  private final Connection conn;
  private final Statement st;
  private final ResultPrinter printer;

  ShellCommands(Connection conn, Statement st, ResultPrinter printer) {
    this.conn = conn;
    this.st = st;
    this.printer = printer;
  }

  /** Runs {@code line} (starting with {@code !}); errors are printed, never thrown. */
  Outcome run(String line) {
    String[] words = line.trim().split("\\s+", 2);
    String argument = words.length > 1 ? words[1].trim() : "";
    try {
      switch (words[0]) {
        case "!quit", "!q", "!exit" -> {
          return Outcome.QUIT;
        }
        case "!help", "!?" -> printer.line(HELP);
        case "!tables" -> printer.run(st, "SELECT table_name, item_count, partition_key, sort_key, index_count FROM sys.tables ORDER BY table_name");
        case "!describe" -> {
          return describe(argument);
        }
        default -> {
          printer.line("unknown command " + words[0] + ": the shell's commands are !help, !tables, !describe <table> and !quit;"
              + " SQL statements end with ';'");
          return Outcome.FAILED;
        }
      }
      return Outcome.DONE;
    } catch (SQLException e) {
      printer.line("   error " + e.getSQLState() + ": " + e.getMessage());
      return Outcome.FAILED;
    }
  }

  private Outcome describe(String name) throws SQLException {
    if (name.isEmpty() || name.contains(" ")) {
      printer.line("usage: !describe <table> (one table name, e.g. !describe Shop or !describe sys.tables)");
      return Outcome.FAILED;
    }
    TableDescriber describer = new TableDescriber(conn.getMetaData(), printer);
    Optional<TableDescriber.Found> found = describer.find(name);
    if (found.isEmpty()) {
      printer.line("no table named " + name + " (or several that differ only in case): !tables lists them");
      return Outcome.FAILED;
    }
    describer.describe(found.get());
    return Outcome.DONE;
  }
}
