package io.dynasql.cli;

import io.dynasql.calcite.Version;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The {@code dynasql} command line. {@code demo [directory]} loads a sample single-table design
 * and tours GET, QUERY and SCAN with what each read and would cost on DynamoDB; {@code shell}
 * is an interactive SQL shell that prints those labels after each statement; {@code stream tail}
 * prints a table's stream records as they come; {@code backup} and {@code restore} take backups
 * and restore them or a point in time into new tables; {@code check} and
 * {@code salvage} report damage in a database directory and copy what is readable out of it.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out));
  }

  /**
   * Runs {@code script} through the shell as {@code dynasql shell <url> < script} does (each
   * statement echoed, then its rows and access lines); returns the exit status.
   */
  public static int runScript(java.io.Reader script, PrintStream out, String url) throws java.io.IOException {
    return new Shell(new PlainLines(new java.io.BufferedReader(script), out, false), out, true).run(url);
  }

  private static int usage(PrintStream out) {
    out.println("usage: dynasql demo [directory]   load a sample and tour GET / QUERY / SCAN with their costs");
    out.println("       dynasql shell [jdbc-url]   interactive SQL (default " + ShellLauncher.DEFAULT_URL + "); access lines after each statement;"
        + " dynasql shell --help");
    out.println("       dynasql stream tail <table> [--from TRIM_HORIZON|LATEST] [--once] [jdbc-url]  print a table's stream records as they come");
    out.println("       dynasql backup create <table> [--name N] [jdbc-url] | backup list | backup delete <id>  backups (docs/backup.md)");
    out.println("       dynasql restore <new-table> --from-backup <id> | --from <table> [--to-time T] [jdbc-url]  restore into a new table");
    out.println("       dynasql export <table> --to DIR [--format DYNAMODB_JSON|ION] [jdbc-url]  export in DynamoDB's S3 format");
    out.println("       dynasql import <table> --from PATH --format DYNAMODB_JSON|ION|CSV --key pk:S[,sk:N] [--compression GZIP|ZSTD|NONE] [jdbc-url]");
    out.println("       dynasql check <directory>  read every page, key and index entry; report damage (exit 0 clean, 1 damaged)");
    out.println("       dynasql salvage <directory> <new-directory>  copy every readable item and the catalog into a new database");
    out.println("       dynasql --version          the version");
    return 2;
  }

  /** {@code demo --help}, or more than one directory. */
  private static int demoArguments(String[] args, PrintStream out) {
    boolean help = args[1].equals("--help") || args[1].equals("-h");
    if (!help) out.println("dynasql demo: expected at most one directory, got " + String.join(" ", java.util.Arrays.asList(args).subList(1, args.length)));
    out.println("usage: dynasql demo [directory]   (a temporary database without one; run again on the same directory to reuse its data)");
    return help ? 0 : 2;
  }

  /** Runs a file command; an error that stops it is reported with status 2. */
  private static int guarded(java.util.function.IntSupplier command, PrintStream out) {
    try {
      return command.getAsInt();
    } catch (RuntimeException e) {
      out.println("dynasql: " + e.getMessage());
      return 2;
    }
  }

  /** Runs a command; returns the process exit status. */
  static int run(String[] args, PrintStream out) {
    return run(args, System.in, out, System.err);
  }

  /** The same with the process's streams given: the shell reads {@code in} and prints a copy's progress to {@code err}. */
  static int run(String[] args, java.io.InputStream in, PrintStream out, PrintStream err) {
    String command = args.length == 0 ? "help" : args[0];
    switch (command) {
      case "demo":
        if (args.length > 2 || args.length == 2 && args[1].startsWith("-")) return demoArguments(args, out);
        Path dir = args.length > 1 ? Path.of(args[1]) : null;
        int customers = Integer.getInteger("dynasql.demo.customers", 2000);
        // the progress bar redraws one line with carriage returns: only a terminal shows that as intended
        return new Demo(out, customers, System.console() != null).run(dir);
      case "shell":
        return ShellLauncher.run(java.util.Arrays.copyOfRange(args, 1, args.length), in, out, err);
      case "stream":
        return StreamCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length), out);
      // backups and point-in-time restore (docs/backup.md)
      case "backup":
        return BackupCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length), out);
      case "restore":
        return RestoreCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length), out);
      // export / import
      case "export":
      case "import":
        return ExchangeCommand.run(command, java.util.Arrays.copyOfRange(args, 1, args.length), out);
      case "check":
        if (args.length != 2) return usage(out);
        return guarded(() -> FileCommands.check(Path.of(args[1]), out), out);
      case "salvage":
        if (args.length != 3) return usage(out);
        return guarded(() -> FileCommands.salvage(Path.of(args[1]), Path.of(args[2]), out), out);
      case "help":
      case "--help":
      case "-h":
        usage(out);
        return 0;
      case "--version":
      case "-V":
      case "version":
        out.println(Version.CURRENT.describe());
        return 0;
      default:
        out.println("dynasql: unknown command '" + command + "' (try: dynasql demo)");
        return 2;
    }
  }
}
