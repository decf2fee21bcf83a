package io.dynasql.cli;

import io.dynasql.engine.Database;
import io.dynasql.engine.api.IndexSelection;
import io.dynasql.engine.api.RestoreTableFromBackupRequest;
import io.dynasql.engine.api.RestoreTableToPointInTimeRequest;
import io.dynasql.engine.api.TableDescription;
import io.dynasql.jdbc.DynasqlConnection;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * {@code dynasql restore <new-table> --from-backup <arn|id|name> [jdbc-url]} restores a backup into
 * a new table; {@code dynasql restore <new-table> --from <table> [--to-time 2026-12-01T10:00:00Z]
 * [jdbc-url]} restores a table with point-in-time recovery as it was at that second (at its latest
 * restorable time without {@code --to-time}). Prints the new table's name and item count.
 */
final class RestoreCommand {
  static final String USAGE = "usage: dynasql restore <new-table> --from-backup <arn|id|name> [jdbc-url]\n"
      + "       dynasql restore <new-table> --from <table> [--to-time 2026-12-01T10:00:00Z] [jdbc-url]";

  private RestoreCommand() {}

  /** Runs {@code args} (what follows {@code restore}); returns the exit status. */
  static int run(String[] args, PrintStream out) {
    if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
      out.println(USAGE);
      return 0;
    }
    CliArgs a;
    Instant time = null;
    try {
      a = CliArgs.parse(args, 0, List.of("--from-backup", "--from", "--to-time"), List.of());
      if (a.option("--to-time") != null) time = Instant.parse(a.option("--to-time"));
    } catch (IllegalArgumentException | DateTimeParseException e) {
      return fail(out, e instanceof DateTimeParseException ? "--to-time needs a UTC time such as 2026-12-01T10:00:00Z, not "
          + toTimeArgument(args) : e.getMessage());
    }
    boolean fromBackup = a.option("--from-backup") != null;
    if (fromBackup == (a.option("--from") != null)) return fail(out, "give either --from-backup or --from");
    if (fromBackup && time != null) return fail(out, "--to-time goes with --from, not --from-backup");
    if (a.positional().isEmpty() || a.positional().size() > 2) return fail(out, "expected the new table's name and an optional jdbc-url");
    String target = a.positional().get(0);
    String url = a.positional().size() == 2 ? a.positional().get(1) : ShellLauncher.DEFAULT_URL;
    try (Connection conn = DriverManager.getConnection(url)) {
      Database db = conn.unwrap(DynasqlConnection.class).database();
      TableDescription t = fromBackup
          ? db.restoreTableFromBackup(a.option("--from-backup"), new RestoreTableFromBackupRequest(target, null, IndexSelection.all()))
          : db.restoreTableToPointInTime(new RestoreTableToPointInTimeRequest(a.option("--from"), target, time, time == null,
              IndexSelection.all()));
      out.println("restored " + t.tableName() + " (" + t.itemCount() + " items)");
      return 0;
    } catch (SQLException | RuntimeException e) {
      out.println("dynasql restore: " + e.getMessage());
      return 1;
    }
  }

  private static String toTimeArgument(String[] args) {
    for (int i = 0; i + 1 < args.length; i++) if (args[i].equals("--to-time")) return args[i + 1];
    return "nothing";
  }

  private static int fail(PrintStream out, String reason) {
    out.println("dynasql restore: " + reason);
    out.println(USAGE);
    return 2;
  }
}
