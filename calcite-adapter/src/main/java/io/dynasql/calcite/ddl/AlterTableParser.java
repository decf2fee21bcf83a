package io.dynasql.calcite.ddl;

import io.dynasql.engine.model.StreamViewType;

/**
 * {@code ALTER TABLE table SET STREAM (view type) | SET STREAM OFF | SET TTL (attribute) | SET TTL OFF}:
 * the two table settings DynamoDB changes with their own calls (UpdateTable's StreamSpecification,
 * UpdateTimeToLive). The view type may be quoted or not; the TTL attribute is a name, kept as written.
 */
final class AlterTableParser {
  private AlterTableParser() {}

  /** Parses what follows {@code ALTER TABLE}. */
  static DdlStatement parse(Tokens tokens) {
    Token table = tokens.name("a table name", "ALTER TABLE");
    tokens.expectKeyword("SET", "table name " + table.text());
    Token setting = tokens.peek();
    if (tokens.accept("STREAM")) return stream(tokens, table.text());
    if (tokens.accept("TTL")) return ttl(tokens, table.text());
    if (tokens.accept("POINT_IN_TIME_RECOVERY")) return BackupParser.pointInTimeRecovery(tokens, table.text());
    throw Tokens.at(setting, "Expected STREAM, TTL or POINT_IN_TIME_RECOVERY after SET but found " + setting.describe());
  }

  private static DdlStatement.SetStream stream(Tokens tokens, String table) {
    if (tokens.accept("OFF")) {
      tokens.end("SET STREAM OFF");
      return new DdlStatement.SetStream(table, null);
    }
    if (!tokens.acceptSymbol('(')) throw tokens.expected("'(' or OFF", "SET STREAM");
    String view = TableOptionsParser.choiceAfter(tokens, "SET STREAM (", TableOptionsParser.STREAM_VIEWS);
    tokens.expectSymbol(')', "the view type " + view);
    tokens.end("SET STREAM (" + view + ")");
    return new DdlStatement.SetStream(table, StreamViewType.valueOf(view));
  }

  private static DdlStatement.SetTtl ttl(Tokens tokens, String table) {
    if (tokens.accept("OFF")) {
      tokens.end("SET TTL OFF");
      return new DdlStatement.SetTtl(table, null);
    }
    if (!tokens.acceptSymbol('(')) throw tokens.expected("'(' or OFF", "SET TTL");
    Token attribute = tokens.name("the name of the expiry attribute", "SET TTL (");
    tokens.expectSymbol(')', "attribute name " + attribute.text());
    tokens.end("SET TTL (" + attribute.text() + ")");
    return new DdlStatement.SetTtl(table, attribute.text());
  }
}
