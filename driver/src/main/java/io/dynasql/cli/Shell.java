package io.dynasql.cli;

import io.dynasql.calcite.Version;
import io.dynasql.calcite.dml.RowProgress;
import io.dynasql.jdbc.DynasqlStatement;
import java.io.IOException;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

/**
 * {@code dynasql shell [url]}: an interactive SQL shell. Statements are cut by
 * {@link StatementSplitter} (a {@code ;} outside strings, quoted names and comments ends one);
 * after each it prints the rows and one line per table access (GET / QUERY / SCAN, items read,
 * units, dollars). A long {@code INSERT … SELECT} prints its progress to stderr while it runs
 * ({@link CopyProgress}). Lines starting with {@code !} are {@link ShellCommands}.
 */
final class Shell {
  private final LineSource in;
  private final PrintStream out;
  private final boolean script;
  private final PrintStream err;
  private final java.util.Optional<java.time.Duration> progressEvery;
  private final java.util.function.LongSupplier nanos;

  /**
   * @param script whether the input is a script (a pipe or a file) rather than a person: each
   *     statement is printed before its output, as sqlline does with a script, since nothing
   *     else says which output belongs to which statement; and a last statement with no
   *     {@code ;} runs at the end of input. A person's unfinished statement does not run at
   *     Ctrl-D: half a {@code DELETE} must not run because they left.
   */
  Shell(LineSource in, PrintStream out, boolean script) {
    this(in, out, script, System.err, java.util.Optional.of(DEFAULT_PROGRESS), System::nanoTime);
  }

  /** The least time between two progress lines of a long copy, unless {@code --progress} says otherwise. */
  static final java.time.Duration DEFAULT_PROGRESS = java.time.Duration.ofSeconds(2);

  /**
   * @param err where a long {@code INSERT … SELECT} prints its progress ({@link CopyProgress})
   * @param progressEvery the least time between two progress lines; empty for none
   * @param nanos the clock progress is timed by, as {@link System#nanoTime}
   */
  Shell(LineSource in, PrintStream out, boolean script, PrintStream err, java.util.Optional<java.time.Duration> progressEvery,
      java.util.function.LongSupplier nanos) {
    this.in = in;
    this.out = out;
    this.script = script;
    this.err = err;
    this.progressEvery = progressEvery;
    this.nanos = nanos;
  }

  /** Runs the session; the exit status is 0 when every statement and command succeeded, 1 if one failed, 2 without a connection. */
  int run(String url) throws IOException {
    try (Connection conn = DriverManager.getConnection(url); Statement st = conn.createStatement()) {
      out.println(Version.CURRENT.describe() + " shell on " + url + " — end statements with ';', !help for help, !quit to leave");
      ResultPrinter printer = new ResultPrinter(out, 50);
      ShellCommands commands = new ShellCommands(conn, st, printer);
      StatementSplitter splitter = new StatementSplitter();
      int failures = 0;
      session:
      while (true) {
        LineSource.Read read = in.read(splitter.isEmpty() ? "dynasql> " : "    ...> ");
        if (read instanceof LineSource.End) {
          if (!script) out.println(); // Ctrl-D leaves the cursor after the prompt
          break;
        }
        if (read instanceof LineSource.Interrupted) { // Ctrl-C drops what was typed, as in psql and bash
          splitter = new StatementSplitter();
          continue;
        }
        // a paste into the line editor can bring several lines at once
        for (String line : ((LineSource.Line) read).text().split("\r?\n", -1)) {
          if (splitter.isEmpty() && line.trim().startsWith("!")) {
            if (script) out.println("dynasql> " + line.trim());
            ShellCommands.Outcome outcome = commands.run(line);
            if (outcome == ShellCommands.Outcome.QUIT) break session;
            if (outcome == ShellCommands.Outcome.FAILED) failures++;
            continue;
          }
          failures += runAll(printer, st, splitter.feed(line + "\n"));
        }
      }
      Optional<String> unfinished = splitter.finish();
      if (script) failures += runAll(printer, st, unfinished.stream().toList());
      else unfinished.ifPresent(sql -> out.println("(not run, it had no ';': " + sql + ")"));
      return failures == 0 ? 0 : 1;
    } catch (SQLException e) {
      out.println("cannot connect: " + e.getSQLState() + " " + e.getMessage());
      return 2;
    } finally {
      in.close();
    }
  }

  private int runAll(ResultPrinter printer, Statement st, List<String> statements) {
    int failures = 0;
    for (String sql : statements) {
      if (script) out.println("dynasql> " + sql.replace("\n", "\n    ...> ") + ";");
      failures += runOne(printer, st, sql);
    }
    return failures;
  }

  private int runOne(ResultPrinter printer, Statement st, String sql) {
    CopyProgress progress = progressEvery.map(every -> new CopyProgress(err, nanos, every)).orElse(null);
    try {
      DynasqlStatement ds = st.unwrap(DynasqlStatement.class);
      ds.progress(progress == null ? RowProgress.NONE : progress);
      try {
        printer.run(st, sql, progress == null ? () -> { } : progress::finish);
      } finally {
        ds.progress(RowProgress.NONE);
      }
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
