package io.dynasql.calcite.ddl;

import io.dynasql.engine.api.ExportFormat;
import io.dynasql.engine.api.InputCompression;
import io.dynasql.engine.api.InputFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The syntax of {@code EXPORT TABLE name TO 'dir' [FORMAT DYNAMODB_JSON | ION]} and
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
    tokens.end("EXPORT TABLE " + table.text());
    return new DdlStatement.ExportTable(table.text(), dir, format);
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
