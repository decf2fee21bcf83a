package io.dynasql.cli;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The {@code dynasql} command line. {@code demo [directory]} loads a sample single-table design
 * and tours GET, QUERY and SCAN with what each read and would cost on DynamoDB; {@code shell}
 * is an interactive SQL shell that prints those labels after each statement.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out));
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
      case "help":
      case "--help":
      case "-h":
        out.println("usage: dynasql demo [directory]   load a sample and tour GET / QUERY / SCAN with their costs");
        out.println("       dynasql shell [jdbc-url]   interactive SQL (default jdbc:dynasql:dynasql-data); access lines after each statement");
        return 0;
      default:
        out.println("dynasql: unknown command '" + command + "' (try: dynasql demo)");
        return 2;
    }
  }
}
