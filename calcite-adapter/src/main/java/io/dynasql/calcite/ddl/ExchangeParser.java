package io.dynasql.calcite.ddl;

import io.dynasql.engine.api.ExportFormat;
import io.dynasql.engine.api.ExportViewType;
import io.dynasql.engine.api.IncrementalExportSpecification;
import io.dynasql.engine.api.InputCompression;
import io.dynasql.engine.api.InputFormat;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The syntax of {@code EXPORT TABLE name TO 'dir' [FORMAT DYNAMODB_JSON | ION] [AS OF TIMESTAMP 't' |
 * CHANGES FROM TIMESTAMP 't' [TO TIMESTAMP 't'] [VIEW NEW_IMAGE | NEW_AND_OLD_IMAGES]]} and
 * {@code IMPORT TABLE name (...) [WITH (...)] FROM 'path' FORMAT DYNAMODB_JSON | ION | CSV
 * [COMPRESSION GZIP | ZSTD | NONE]} after their first two words. The table definition of IMPORT is
 * CREATE TABLE's, word for word; the format of IMPORT must be written (a file does not say it).
 */
final class ExchangeParser {
  private ExchangeParser() {}

  static DdlStatement.ExportTable export(Tokens tokens) {
    Token table = tokens.name("a table name", "EXPORT TABLE");
    tokens.expectKeyword("TO", "table name " + table.text());
    String dir = string(tokens, "a directory as a 'string'", "TO");
    ExportFormat format = ExportFormat.DYNAMODB_JSON;
    if (tokens.accept("FORMAT")) format = word(tokens, ExportFormat.class, "FORMAT");
    Instant asOf = null;
    IncrementalExportSpecification changes = null;
    if (tokens.accept("AS", "OF")) {
      asOf = timestamp(tokens, "AS OF");
    } else if (tokens.accept("CHANGES")) {
      tokens.expectKeyword("FROM", "CHANGES");
      Instant from = timestamp(tokens, "CHANGES FROM");
      Instant to = tokens.accept("TO") ? timestamp(tokens, "TO") : null;
      ExportViewType view = tokens.accept("VIEW") ? word(tokens, ExportViewType.class, "VIEW") : null;
      changes = new IncrementalExportSpecification(from, to, view);
    }
    tokens.end("EXPORT TABLE " + table.text());
    return new DdlStatement.ExportTable(table.text(), dir, format, asOf, changes);
  }

  /** {@code TIMESTAMP 'yyyy-MM-dd HH:mm:ss'} (UTC) or an ISO 8601 instant, after {@code after}. */
  private static Instant timestamp(Tokens tokens, String after) {
    tokens.expectKeyword("TIMESTAMP", after);
    Token at = tokens.peek();
    return BackupParser.timestamp(at, string(tokens, "a timestamp such as '2026-12-01 10:00:00'", after + " TIMESTAMP"));
  }

  static DdlStatement.ImportTable importTable(Tokens tokens) {
    DdlStatement.CreateTable definition = CreateTableParser.body(tokens);
    if (definition.ifNotExists()) {
      throw Tokens.at(tokens.peek(), "IMPORT TABLE always creates a new table: IF NOT EXISTS is not allowed");
    }
    tokens.expectKeyword("FROM", "the table definition");
    String source = string(tokens, "a file or directory as a 'string'", "FROM");
    tokens.expectKeyword("FORMAT", "FROM '" + source + "'");
    InputFormat format = word(tokens, InputFormat.class, "FORMAT");
    InputCompression compression = InputCompression.NONE;
    if (tokens.accept("COMPRESSION")) compression = word(tokens, InputCompression.class, "COMPRESSION");
    tokens.end("IMPORT TABLE " + definition.table());
    return new DdlStatement.ImportTable(definition, source, format, compression);
  }

  private static String string(Tokens tokens, String what, String after) {
    if (tokens.peek().kind() != Token.Kind.STRING) throw tokens.expected(what, after);
    return tokens.next().text();
  }

  /** One of {@code type}'s constants, written as a word or a 'string', ignoring case. */
  private static <E extends Enum<E>> E word(Tokens tokens, Class<E> type, String after) {
    Token t = tokens.peek();
    String names = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(" | "));
    if (t.kind() == Token.Kind.WORD || t.kind() == Token.Kind.STRING) {
      for (E e : type.getEnumConstants()) {
        if (e.name().equals(t.text().toUpperCase(Locale.ROOT))) {
          tokens.next();
          return e;
        }
      }
    }
    throw tokens.expected(names, after);
  }
}
