package io.dynasql.cli;

import io.dynasql.engine.Database;
import io.dynasql.engine.api.BackupDetails;
import io.dynasql.engine.api.BackupSummary;
import io.dynasql.engine.api.CreateBackupRequest;
import io.dynasql.engine.api.ListBackupsRequest;
import io.dynasql.engine.api.ListBackupsResponse;
import io.dynasql.jdbc.DynasqlConnection;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code dynasql backup create <table> [--name N] [jdbc-url]} prints the new backup's ARN;
 * {@code dynasql backup list [--table T] [jdbc-url]} prints one line per backup, oldest first;
 * {@code dynasql backup delete <arn|id|name> [jdbc-url]} deletes one. See docs/backup.md.
 */
final class BackupCommand {
  static final String USAGE = "usage: dynasql backup create <table> [--name N] [jdbc-url] | backup list [--table T] [jdbc-url]"
      + " | backup delete <arn|id|name> [jdbc-url]";
  private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("uuuuMMddHHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);

  private BackupCommand() {}

  /** Runs {@code args} (what follows {@code backup}); returns the exit status. */
  static int run(String[] args, PrintStream out) {
    if (args.length == 0) return fail(out, "expected create, list or delete");
    if (args[0].equals("--help") || args[0].equals("-h")) {
      out.println(USAGE);
      return 0;
    }
    CliArgs a;
    try {
      a = CliArgs.parse(args, 1, List.of("--name", "--table"), List.of());
    } catch (IllegalArgumentException e) {
      return fail(out, e.getMessage());
    }
    String verb = args[0];
    int positional = verb.equals("list") ? 0 : 1;
    if (!verb.equals("create") && !verb.equals("list") && !verb.equals("delete")) return fail(out, "unknown subcommand " + verb);
    if (a.positional().size() < positional || a.positional().size() > positional + 1) {
      return fail(out, verb + " takes " + (positional == 0 ? "" : "one name and ") + "an optional jdbc-url");
    }
    String url = a.positional().size() > positional ? a.positional().get(positional) : ShellLauncher.DEFAULT_URL;
    try (Connection conn = DriverManager.getConnection(url)) {
      Database db = conn.unwrap(DynasqlConnection.class).database();
      switch (verb) {
        case "create": {
          String table = a.positional().get(0);
          String name = a.option("--name") != null ? a.option("--name") : table + "-" + NAME_TIME.format(db.clock().instant());
          out.println(db.createBackup(new CreateBackupRequest(table, name)).backupArn());
          return 0;
        }
        case "delete":
          out.println("deleted " + db.deleteBackup(db.describeBackupByReference(a.positional().get(0)).backupDetails().backupArn())
              .backupDetails().backupArn());
          return 0;
        default:
          list(db, a.option("--table"), out);
          return 0;
      }
    } catch (SQLException | RuntimeException e) {
      out.println("dynasql backup: " + e.getMessage());
      return 1;
    }
  }

  private static void list(Database db, String table, PrintStream out) {
    List<BackupSummary> all = new ArrayList<>();
    String start = null;
    do {
      ListBackupsResponse page = db.listBackups(new ListBackupsRequest(table, null, null, null, 100, start));
      all.addAll(page.backupSummaries());
      start = page.lastEvaluatedBackupArn();
    } while (start != null);
    for (BackupSummary s : all) {
      BackupDetails d = s.backupDetails();
      String id = d.backupArn().substring(d.backupArn().lastIndexOf('/') + 1);
      out.println(id + "  " + s.tableName() + "  " + d.backupName() + "  " + d.backupType() + "  " + d.backupCreationDateTime()
          + "  " + d.backupSizeBytes() + " bytes" + (d.backupExpiryDateTime() == null ? "" : "  expires " + d.backupExpiryDateTime()));
    }
    if (all.isEmpty()) out.println("no backups" + (table == null ? "" : " of " + table));
  }

  private static int fail(PrintStream out, String reason) {
    out.println("dynasql backup: " + reason);
    out.println(USAGE);
    return 2;
  }
}
