package io.dynasql.cli;

import io.dynasql.engine.Database;
import io.dynasql.engine.api.CreateTableRequest;
import io.dynasql.engine.api.ExportDescription;
import io.dynasql.engine.api.ExportFormat;
import io.dynasql.engine.api.ExportTableRequest;
import io.dynasql.engine.api.ImportDescription;
import io.dynasql.engine.api.ImportTableRequest;
import io.dynasql.engine.api.InputCompression;
import io.dynasql.engine.api.InputFormat;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.KeySchema;
import io.dynasql.jdbc.DynasqlConnection;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code dynasql export <table> --to DIR [--format DYNAMODB_JSON|ION] [--at T | --changes-from T
 * [--changes-to T] [--view V]] [jdbc-url]} and
 * {@code dynasql import <table> --from PATH --format DYNAMODB_JSON|ION|CSV --key pk:S[,sk:N]
 * [--compression GZIP|ZSTD|NONE] [jdbc-url]}: ExportTableToPointInTime and ImportTable in
 * DynamoDB's S3 formats, a directory standing in for the bucket. Prints what was done and where.
 */
final class ExchangeCommand {
  static final String EXPORT_USAGE = "usage: dynasql export <table> --to DIR [--format DYNAMODB_JSON|ION] "
      + "[--at T | --changes-from T [--changes-to T] [--view NEW_IMAGE|NEW_AND_OLD_IMAGES]] [jdbc-url]";
  static final String IMPORT_USAGE = "usage: dynasql import <table> --from PATH --format DYNAMODB_JSON|ION|CSV "
      + "--key pk:S|N|B[,sk:S|N|B] [--compression GZIP|ZSTD|NONE] [jdbc-url]";

  private ExchangeCommand() {}

  /** Runs {@code export} or {@code import} with {@code args} (what follows the command); returns the exit status. */
  static int run(String command, String[] args, PrintStream out) {
    String usage = command.equals("export") ? EXPORT_USAGE : IMPORT_USAGE;
    if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
      out.println(usage);
      return 0;
    }
    Map<String, String> opts = new HashMap<>();
    String table = null;
    String url = null;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.startsWith("--")) {
        if (i + 1 == args.length) return fail(out, command, usage, a + " needs a value");
        opts.put(a.substring(2), args[++i]);
      } else if (table == null) {
        table = a;
      } else if (url == null) {
        url = a;
      } else {
        return fail(out, command, usage, "unexpected argument " + a);
      }
    }
    if (table == null) return fail(out, command, usage, "expected a table name");
    ExportArgs exportArgs = null;
    ImportArgs importArgs = null;
    try { // before the database is opened: bad arguments touch nothing
      if (command.equals("export")) exportArgs = ExportArgs.of(opts);
      else importArgs = ImportArgs.of(opts);
    } catch (IllegalArgumentException e) {
      return fail(out, command, usage, e.getMessage());
    }
    try (Connection conn = DriverManager.getConnection(url == null ? ShellLauncher.DEFAULT_URL : url)) {
      Database db = conn.unwrap(DynasqlConnection.class).database();
      if (exportArgs != null) return export(db, table, exportArgs, out);
      return importTable(db, table, importArgs, out);
    } catch (SQLException | RuntimeException e) {
      out.println("dynasql " + command + ": " + e.getMessage());
      return 1;
    }
  }

  /** What {@code export} was asked to do: now, at a past second ({@code --at}), or a window of changes. */
  private record ExportArgs(Path to, ExportFormat format, java.time.Instant at,
      io.dynasql.engine.api.IncrementalExportSpecification changes) {
    static ExportArgs of(Map<String, String> opts) {
      known(opts, List.of("to", "format", "at", "changes-from", "changes-to", "view"));
      java.time.Instant at = opts.containsKey("at") ? instant(opts.get("at"), "--at") : null;
      io.dynasql.engine.api.IncrementalExportSpecification changes = null;
      if (opts.containsKey("changes-from")) {
        if (at != null) throw new IllegalArgumentException("--at and --changes-from cannot be used together");
        changes = new io.dynasql.engine.api.IncrementalExportSpecification(instant(opts.get("changes-from"), "--changes-from"),
            opts.containsKey("changes-to") ? instant(opts.get("changes-to"), "--changes-to") : null,
            opts.containsKey("view") ? choice(io.dynasql.engine.api.ExportViewType.class, opts.get("view"), "--view") : null);
      } else if (opts.containsKey("changes-to") || opts.containsKey("view")) {
        throw new IllegalArgumentException("--changes-to and --view need --changes-from");
      }
      return new ExportArgs(Path.of(required(opts, "to")),
          choice(ExportFormat.class, opts.getOrDefault("format", "DYNAMODB_JSON"), "--format"), at, changes);
    }

    ExportTableRequest request(String table) {
      ExportTableRequest r = ExportTableRequest.full(table, to).withFormat(format);
      if (at != null) r = r.withExportTime(at);
      return changes == null ? r : r.incremental(changes);
    }
  }

  /** An ISO 8601 instant ({@code 2026-12-01T10:00:00Z}). */
  private static java.time.Instant instant(String text, String option) {
    try {
      return java.time.Instant.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException(option + " expects a UTC time such as 2026-12-01T10:00:00Z, got " + text);
    }
  }

  /** What {@code import} was asked to do. */
  private record ImportArgs(Path from, InputFormat format, InputCompression compression, KeySchema key) {
    static ImportArgs of(Map<String, String> opts) {
      known(opts, List.of("from", "format", "compression", "key"));
      return new ImportArgs(Path.of(required(opts, "from")), choice(InputFormat.class, required(opts, "format"), "--format"),
          choice(InputCompression.class, opts.getOrDefault("compression", "NONE"), "--compression"), ExchangeCommand.key(required(opts, "key")));
    }
  }

  private static int export(Database db, String table, ExportArgs a, PrintStream out) {
    ExportDescription d = db.exportTableToPointInTime(a.request(table));
    out.printf(Locale.ROOT, "exported %,d items of %s (%s) to %s%n", d.itemCount(), table, a.format(),
        a.to().resolve("AWSDynamoDB").resolve(d.exportId()));
    out.println("export " + d.exportArn() + " " + d.exportStatus());
    return 0;
  }

  private static int importTable(Database db, String table, ImportArgs a, PrintStream out) {
    ImportDescription d = db.importTable(new ImportTableRequest(a.from(), a.format(), a.compression(),
        CreateTableRequest.of(table, a.key()), null));
    out.printf(Locale.ROOT, "imported %,d of %,d items into %s; %,d rejected%s%n", d.importedItemCount(),
        d.processedItemCount(), table, d.errorCount(), d.errorLog() == null ? "" : " (see " + d.errorLog() + ")");
    out.println("import " + d.importArn() + " " + d.importStatus());
    return 0;
  }

  /** {@code pk:S} or {@code pk:S,sk:N}. */
  static KeySchema key(String spec) {
    String[] parts = spec.split(",");
    if (parts.length > 2) throw new IllegalArgumentException("--key takes a partition key and at most a sort key: " + spec);
    String[][] kv = new String[parts.length][];
    for (int i = 0; i < parts.length; i++) {
      kv[i] = parts[i].split(":");
      if (kv[i].length != 2 || kv[i][0].isEmpty()) throw new IllegalArgumentException("--key expects name:S|N|B, got " + parts[i]);
    }
    AttributeType pk = keyType(kv[0][1]);
    return parts.length == 1 ? KeySchema.of(kv[0][0], pk) : KeySchema.of(kv[0][0], pk, kv[1][0], keyType(kv[1][1]));
  }

  private static AttributeType keyType(String t) {
    AttributeType type = choice(AttributeType.class, t, "--key type");
    if (type != AttributeType.S && type != AttributeType.N && type != AttributeType.B) {
      throw new IllegalArgumentException("a key attribute's type is S, N or B, not " + t);
    }
    return type;
  }

  private static <E extends Enum<E>> E choice(Class<E> type, String value, String what) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(value)) return e;
    }
    throw new IllegalArgumentException("unknown " + what + " " + value + " (one of "
        + java.util.Arrays.toString(type.getEnumConstants()) + ")");
  }

  private static String required(Map<String, String> opts, String name) {
    String v = opts.get(name);
    if (v == null) throw new IllegalArgumentException("--" + name + " is required");
    return v;
  }

  private static void known(Map<String, String> opts, List<String> names) {
    for (String k : opts.keySet()) {
      if (!names.contains(k)) throw new IllegalArgumentException("unknown option --" + k);
    }
  }

  private static int fail(PrintStream out, String command, String usage, String reason) {
    out.println("dynasql " + command + ": " + reason);
    out.println(usage);
    return 2;
  }
}
