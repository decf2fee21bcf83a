package io.dynasql.cli;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The {@code dynasql} command line. {@code demo [directory]} loads a sample single-table design
 * and tours GET, QUERY and SCAN with what each read and would cost on DynamoDB.
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
      case "help":
      case "--help":
      case "-h":
        out.println("usage: dynasql demo [directory]   load a sample and tour GET / QUERY / SCAN with their costs");
        return 0;
      default:
        out.println("dynasql: unknown command '" + command + "' (try: dynasql demo)");
        return 2;
    }
  }
}
