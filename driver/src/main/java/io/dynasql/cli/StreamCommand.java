package io.dynasql.cli;

import io.dynasql.calcite.stream.StreamCursor;
import io.dynasql.calcite.stream.StreamStart;
import io.dynasql.jdbc.DynasqlConnection;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;

/**
 * {@code dynasql stream tail <table> [--from TRIM_HORIZON|LATEST] [--once] [jdbc-url]}: prints the
 * table's stream records, from the oldest kept (the default) or from now, and then each new one
 * as it comes; {@code --once} prints what exists and exits.
 */
final class StreamCommand {
  static final String USAGE = "usage: dynasql stream tail <table> [--from TRIM_HORIZON|LATEST] [--once] [jdbc-url]";

  private StreamCommand() {}

  /** Runs {@code args} (what follows {@code stream}); returns the exit status. */
  static int run(String[] args, PrintStream out) {
    if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
      out.println(USAGE);
      return 0;
    }
    if (args.length < 2 || !args[0].equals("tail")) return fail(out, args.length == 0 ? "expected tail" : "expected tail, got " + args[0]);
    String table = args[1];
    StreamStart from = StreamStart.TRIM_HORIZON;
    boolean once = false;
    String url = null;
    for (int i = 2; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--once")) {
        once = true;
      } else if (a.equals("--from")) {
        if (i + 1 == args.length) return fail(out, "--from needs TRIM_HORIZON or LATEST");
        try {
          from = StreamStart.parse(args[++i]);
        } catch (RuntimeException e) {
          return fail(out, e.getMessage());
        }
      } else if (a.startsWith("-") || url != null) {
        return fail(out, "unexpected argument " + a);
      } else {
        url = a;
      }
    }
    try (Connection conn = DriverManager.getConnection(url == null ? ShellLauncher.DEFAULT_URL : url)) {
      StreamCursor cursor = new StreamCursor(conn.unwrap(DynasqlConnection.class).database(), table, from);
      // the embedded database runs on the system clock; a test drives StreamTail with a simulated one
      Clock clock = Clock.systemUTC();
      StreamTail tail = new StreamTail(cursor, clock, out);
      if (once) {
        tail.once();
      } else {
        tail.follow(clock.instant(), Long.MAX_VALUE);
      }
      return 0;
    } catch (SQLException | RuntimeException e) {
      out.println("dynasql stream: " + e.getMessage());
      return 1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 130;
    }
  }

  private static int fail(PrintStream out, String reason) {
    out.println("dynasql stream: " + reason);
    out.println(USAGE);
    return 2;
  }
}
