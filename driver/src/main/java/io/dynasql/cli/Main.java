package io.dynasql.cli;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The {@code dynasql} command line. {@code demo [directory]} loads a sample single-table design
 * and tours GET, QUERY and SCAN with what each read and would cost on DynamoDB; {@code shell}
 * is an interactive SQL shell that prints those labels after each statement; {@code check} and
 * {@code salvage} report damage in a database directory and copy what is readable out of it.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out));
  }

  private static int usage(PrintStream out) {
    out.println("usage: dynasql demo [directory]   load a sample and tour GET / QUERY / SCAN with their costs");
    out.println("       dynasql shell [jdbc-url]   interactive SQL (default jdbc:dynasql:dynasql-data); access lines after each statement");
    out.println("       dynasql check <directory>  read every page, key and index entry; report damage (exit 0 clean, 1 damaged)");
    out.println("       dynasql salvage <directory> <new-directory>  copy every readable item and the catalog into a new database");
    return 2;
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
    String command = args.length == 0 ? "help" : args[0];
    switch (command) {
      case "demo":
        Path dir = args.length > 1 ? Path.of(args[1]) : null;
        int customers = Integer.getInteger("dynasql.demo.customers", 2000);
        return new Demo(out, customers).run(dir);
      case "shell":
        try {
          java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8));
          String url = args.length > 1 ? args[1] : "jdbc:dynasql:dynasql-data";
          return new Shell(in, out, System.console() != null).run(url);
        } catch (java.io.IOException e) {
          out.println("shell failed: " + e.getMessage());
          return 1;
        }
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
      default:
        out.println("dynasql: unknown command '" + command + "' (try: dynasql demo)");
        return 2;
    }
  }
}
