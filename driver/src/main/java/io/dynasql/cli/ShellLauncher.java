package io.dynasql.cli;

import io.dynasql.calcite.Version;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * {@code dynasql shell [options] [jdbc-url]}: reads the options, then starts the {@link Shell}
 * with a line editor on a terminal and plain lines from a pipe or a dumb terminal.
 */
final class ShellLauncher {
  static final String DEFAULT_URL = "jdbc:dynasql:dynasql-data";

  private ShellLauncher() {}

  static void usage(PrintStream out) {
    out.println("usage: dynasql shell [--help] [--version] [--progress=SECONDS|off] [jdbc-url]");
    out.println("  jdbc-url   jdbc:dynasql:<directory> (created if absent) or jdbc:dynasql:mem:<name>, properties after ';'");
    out.println("             (e.g. jdbc:dynasql:my-db;scan=deny); default " + DEFAULT_URL);
    out.println("  --help     this text;  --version  the version");
    out.println("  --progress a long INSERT ... SELECT prints rows read and rows/s to stderr at most every SECONDS"
        + " (default " + Shell.DEFAULT_PROGRESS.toSeconds() + "; 0 after every row; off never)");
    out.println("Statements end with ';'; input from a pipe or file runs as a script (exit status 1 if a statement failed).");
    out.println("Inside the shell: !help, !tables, !describe <table>, !quit.");
  }

  /** Runs {@code shell} with the arguments after the word {@code shell}; returns the exit status. */
  static int run(String[] args, PrintStream out) {
    return run(args, System.in, out, System.err);
  }

  /** The same, reading statements from {@code stdin} and printing a copy's progress to {@code err}. */
  static int run(String[] args, java.io.InputStream stdin, PrintStream out, PrintStream err) {
    String url = null;
    Optional<java.time.Duration> progress = Optional.of(Shell.DEFAULT_PROGRESS);
    for (String a : args) {
      if (a.startsWith("--progress=")) {
        String v = a.substring("--progress=".length());
        Optional<java.time.Duration> every = seconds(v);
        progress = every;
        if (every.isEmpty() && !v.equals("off")) {
          out.println("dynasql shell: --progress takes a whole number of seconds or off, not " + v);
          return 2;
        }
      } else if (a.equals("--help") || a.equals("-h")) {
        usage(out);
        return 0;
      } else if (a.equals("--version") || a.equals("-V")) {
        out.println(Version.CURRENT.describe());
        return 0;
      } else if (a.startsWith("-")) {
        out.println("dynasql shell: unknown option " + a);
        usage(out);
        return 2;
      } else if (url != null) {
        out.println("dynasql shell: one JDBC URL at most (got " + url + " and " + a + ")");
        return 2;
      } else if (!a.startsWith("jdbc:")) {
        out.println("dynasql shell: " + a + " is not a JDBC URL; for a database directory write jdbc:dynasql:" + a);
        return 2;
      } else {
        url = a;
      }
    }
    // a terminal only when the statements come from this process's own console
    boolean terminal = System.console() != null && stdin == System.in;
    try {
      LineSource in = terminal ? onTerminal(out) : plain(stdin, out, false);
      return new Shell(in, out, !terminal, err, progress, System::nanoTime).run(url == null ? DEFAULT_URL : url);
    } catch (IOException e) {
      out.println("shell failed: " + e.getMessage());
      return 1;
    }
  }

  /** The line editor, or plain lines with a prompt on a dumb terminal or where the editor cannot start. */
  private static LineSource onTerminal(PrintStream out) {
    try {
      Optional<EditedLines> edited = EditedLines.open(System.getenv("TERM"));
      if (edited.isPresent()) return edited.get();
    } catch (IOException | RuntimeException e) { // e.g. no stty: the shell still works, without editing
      out.println("(no line editing on this terminal: " + e.getMessage() + ")");
    }
    return plain(System.in, out, true);
  }

  private static LineSource plain(java.io.InputStream stdin, PrintStream out, boolean prompt) {
    return new PlainLines(new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)), out, prompt);
  }

  /** A whole number of seconds, or empty when {@code v} is none. */
  private static Optional<java.time.Duration> seconds(String v) {
    try {
      long n = Long.parseLong(v);
      return n < 0 ? Optional.empty() : Optional.of(java.time.Duration.ofSeconds(n));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
