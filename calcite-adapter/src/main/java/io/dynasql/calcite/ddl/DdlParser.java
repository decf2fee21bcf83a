package io.dynasql.calcite.ddl;

import io.dynasql.engine.model.IndexKind;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Parses dynasql's DDL: CREATE TABLE, CREATE [GLOBAL | LOCAL] INDEX, DROP TABLE, DROP INDEX,
 * ALTER TABLE ... SET STREAM | TTL | POINT_IN_TIME_RECOVERY, BACKUP TABLE, RESTORE TABLE, EXPORT TABLE,
 * IMPORT TABLE, and CREATE | DROP | REFRESH MATERIALIZED VIEW.
 * A hand-written recursive-descent parser: Calcite's server DDL rejects PRIMARY KEY constraints
 * and has no CREATE INDEX, and extending Calcite's generated parser needs code generation.
 *
 * <p>The driver offers every statement here before handing it to Calcite, so the first two
 * words decide: {@code CREATE TABLE | INDEX | GLOBAL | LOCAL}, {@code DROP TABLE | INDEX} and
 * {@code ALTER TABLE}, {@code BACKUP TABLE} and {@code RESTORE TABLE} are
 * ours (and malformed text after them is a {@link DdlSyntaxException}); anything else is not DDL
 * and gets {@link Optional#empty()} without any error, whatever it contains further on.
 *
 * <p>Names are kept as written, quoted or not: {@code orders} and {@code Orders} are two tables.
 * Keywords ignore case and are not reserved.
 */
public final class DdlParser {
  private DdlParser() {}

  /** The statement, or empty when {@code sql} is not DDL; throws DdlSyntaxException when malformed. */
  public static Optional<DdlStatement> parse(String sql) {
    Tokens tokens = new Tokens(new Lexer(Objects.requireNonNull(sql, "sql")));
    if (!isDdl(tokens)) return Optional.empty();
    if (tokens.peek(1).isKeyword("MATERIALIZED")) return Optional.of(ViewSelectParser.parse(tokens));
    if (tokens.accept("CREATE", "TABLE")) return Optional.of(CreateTableParser.parse(tokens));
    if (tokens.accept("ALTER", "TABLE")) return Optional.of(AlterTableParser.parse(tokens));
    if (tokens.accept("BACKUP", "TABLE")) return Optional.of(BackupParser.backup(tokens));
    if (tokens.accept("RESTORE", "TABLE")) return Optional.of(BackupParser.restore(tokens));
    // export / import
    if (tokens.accept("EXPORT", "TABLE")) return Optional.of(ExchangeParser.export(tokens));
    if (tokens.accept("IMPORT", "TABLE")) return Optional.of(ExchangeParser.importTable(tokens));
    if (tokens.accept("CREATE")) return Optional.of(createIndex(tokens));
    tokens.next();
    return Optional.of(tokens.accept("TABLE") ? dropTable(tokens) : dropIndex(tokens));
  }

  /** Whether the first two words are ours. */
  private static boolean isDdl(Tokens tokens) {
    try {
      Token first = tokens.peek();
      Token second = tokens.peek(1);
      if (second.isKeyword("MATERIALIZED")) {
        // CREATE | DROP | REFRESH MATERIALIZED [VIEW]: ours, so a wrong third word is our syntax error
        return first.isKeyword("CREATE") || first.isKeyword("DROP") || first.isKeyword("REFRESH");
      }
      if (first.isKeyword("CREATE")) {
        return second.isKeyword("TABLE") || second.isKeyword("INDEX") || second.isKeyword("GLOBAL") || second.isKeyword("LOCAL");
      }
      if (first.isKeyword("ALTER")) return second.isKeyword("TABLE");
      if (first.isKeyword("BACKUP") || first.isKeyword("RESTORE")) return second.isKeyword("TABLE");
      if (first.isKeyword("EXPORT") || first.isKeyword("IMPORT")) return second.isKeyword("TABLE");
      return first.isKeyword("DROP") && (second.isKeyword("TABLE") || second.isKeyword("INDEX"));
    } catch (DdlSyntaxException e) {
      // An unclosed quote or comment within the first two tokens: not a statement of ours.
      return false;
    }
  }

  private static DdlStatement.CreateIndex createIndex(Tokens tokens) {
    IndexKind kind = IndexKind.GLOBAL;
    String written = "CREATE";
    if (tokens.accept("LOCAL")) {
      kind = IndexKind.LOCAL;
      written = "CREATE LOCAL";
    } else if (tokens.accept("GLOBAL")) {
      written = "CREATE GLOBAL";
    }
    tokens.expectKeyword("INDEX", written);
    boolean ifNotExists = tokens.accept("IF", "NOT", "EXISTS");
    Token index = tokens.name("an index name", ifNotExists ? "IF NOT EXISTS" : written + " INDEX");
    tokens.expectKeyword("ON", "index name " + index.text());
    Token table = tokens.name("a table name", "ON");
    List<Token> key = IndexClauses.keyColumns(tokens, "key of index " + index.text(), "table name " + table.text());
    Projection projection = IndexClauses.projection(tokens);
    tokens.end("index " + index.text());
    return new DdlStatement.CreateIndex(index.text(), table.text(), kind, ifNotExists,
        key.stream().map(Token::text).toList(), projection);
  }

  private static DdlStatement.DropTable dropTable(Tokens tokens) {
    boolean ifExists = tokens.accept("IF", "EXISTS");
    Token table = tokens.name("a table name", ifExists ? "IF EXISTS" : "DROP TABLE");
    tokens.end("table name " + table.text());
    return new DdlStatement.DropTable(table.text(), ifExists);
  }

  private static DdlStatement.DropIndex dropIndex(Tokens tokens) {
    tokens.expectKeyword("INDEX", "DROP");
    boolean ifExists = tokens.accept("IF", "EXISTS");
    Token index = tokens.name("an index name", ifExists ? "IF EXISTS" : "DROP INDEX");
    tokens.expectKeyword("ON", "index name " + index.text());
    Token table = tokens.name("a table name", "ON");
    tokens.end("table name " + table.text());
    return new DdlStatement.DropIndex(index.text(), table.text(), ifExists);
  }
}
