package io.dynasql.calcite.ddl;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The backup statements: {@code BACKUP TABLE t [AS 'name']},
 * {@code RESTORE TABLE new FROM BACKUP 'arn, id or name'},
 * {@code RESTORE TABLE new FROM source [AS OF TIMESTAMP '2026-12-01 10:00:00' | AS OF LATEST]} and
 * {@code ALTER TABLE t SET POINT_IN_TIME_RECOVERY ON [(RECOVERY_PERIOD_IN_DAYS n)] | OFF}.
 * Timestamps are UTC, written {@code yyyy-MM-dd HH:mm:ss} (or ISO 8601 with T and Z).
 */
final class BackupParser {
  private BackupParser() {}

  /** What follows {@code BACKUP TABLE}. */
  static DdlStatement.BackupTable backup(Tokens tokens) {
    Token table = tokens.name("a table name", "BACKUP TABLE");
    String name = null;
    if (tokens.accept("AS")) name = string(tokens, "the backup's name in quotes", "AS");
    tokens.end(name == null ? "table name " + table.text() : "backup name '" + name + "'");
    return new DdlStatement.BackupTable(table.text(), name);
  }

  /** What follows {@code RESTORE TABLE}. */
  static DdlStatement restore(Tokens tokens) {
    Token table = tokens.name("a table name", "RESTORE TABLE");
    tokens.expectKeyword("FROM", "table name " + table.text());
    if (tokens.peek().isKeyword("BACKUP") && tokens.peek(1).kind() == Token.Kind.STRING) {
      tokens.next();
      String backup = string(tokens, "the backup's ARN, id or name in quotes", "FROM BACKUP");
      tokens.end("backup '" + backup + "'");
      return new DdlStatement.RestoreFromBackup(table.text(), backup);
    }
    Token source = tokens.name("a table name or BACKUP 'id'", "FROM");
    Instant time = null;
    if (tokens.accept("AS", "OF")) {
      if (!tokens.accept("LATEST")) {
        tokens.expectKeyword("TIMESTAMP", "AS OF");
        time = timestamp(tokens.peek(), string(tokens, "a timestamp such as '2026-12-01 10:00:00'", "AS OF TIMESTAMP"));
      }
    }
    tokens.end(time == null ? "table name " + source.text() : "the timestamp");
    return new DdlStatement.RestoreToPointInTime(table.text(), source.text(), time);
  }

  /** What follows {@code ALTER TABLE t SET POINT_IN_TIME_RECOVERY}. */
  static DdlStatement.SetPointInTimeRecovery pointInTimeRecovery(Tokens tokens, String table) {
    if (tokens.accept("OFF")) {
      tokens.end("SET POINT_IN_TIME_RECOVERY OFF");
      return new DdlStatement.SetPointInTimeRecovery(table, false, null);
    }
    tokens.expectKeyword("ON", "SET POINT_IN_TIME_RECOVERY");
    Integer days = null;
    if (tokens.acceptSymbol('(')) {
      tokens.expectKeyword("RECOVERY_PERIOD_IN_DAYS", "(");
      long n = tokens.number("a number of days (1 to 35)", "RECOVERY_PERIOD_IN_DAYS");
      days = (int) Math.min(n, Integer.MAX_VALUE); // the engine says what the allowed range is
      tokens.expectSymbol(')', "the number of days");
    }
    tokens.end("SET POINT_IN_TIME_RECOVERY ON");
    return new DdlStatement.SetPointInTimeRecovery(table, true, days);
  }

  private static String string(Tokens tokens, String what, String after) {
    if (tokens.peek().kind() != Token.Kind.STRING) throw tokens.expected(what, after);
    return tokens.next().text();
  }

  /** A UTC timestamp: {@code yyyy-MM-dd HH:mm:ss}, or ISO 8601 ({@code 2026-12-01T10:00:00Z}). */
  static Instant timestamp(Token at, String text) {
    String t = text.strip();
    try {
      if (t.endsWith("Z") || t.endsWith("z")) return Instant.parse(t.toUpperCase(java.util.Locale.ROOT));
      return LocalDateTime.parse(t.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw Tokens.at(at, "Expected a timestamp such as '2026-12-01 10:00:00' (UTC) but found '" + text + "'");
    }
  }
}
