package io.dynasql.calcite.ddl;

import java.util.List;

/**
 * The syntax of CREATE TABLE after its first two words: {@code [IF NOT EXISTS] name ( element,
 * ... ) [WITH (...)]}, where an element is a column {@code name type [NOT NULL] [PRIMARY KEY]},
 * a {@code PRIMARY KEY (pk [, sk])} or a {@code LOCAL INDEX name ([pk,] sk) [projection]}. What
 * the elements mean together is {@link TableDefinition}'s business.
 */
final class CreateTableParser {
  private CreateTableParser() {}

  static DdlStatement.CreateTable parse(Tokens tokens) {
    DdlStatement.CreateTable c = body(tokens);
    tokens.end(c.options() == TableOptions.DEFAULTS ? "the column list" : "the WITH options");
    return c;
  }

  /** Everything but the end: {@code IMPORT TABLE} goes on with its source after the definition. */
  static DdlStatement.CreateTable body(Tokens tokens) {
    boolean ifNotExists = tokens.accept("IF", "NOT", "EXISTS");
    Token table = tokens.name("a table name", ifNotExists ? "IF NOT EXISTS" : "CREATE TABLE");
    tokens.expectSymbol('(', "table name " + table.text());
    TableDefinition definition = new TableDefinition(table.text());
    Token close;
    do {
      String done = element(tokens, definition);
      close = tokens.peek();
      if (!tokens.acceptSymbol(',') && !tokens.acceptSymbol(')')) throw tokens.expected("',' or ')'", done);
    } while (!close.isSymbol(')'));
    TableOptions options = TableOptionsParser.parse(tokens);
    return definition.build(ifNotExists, options, close);
  }

  /** Parses one element into {@code definition}; returns what it was, for the next message. */
  private static String element(Tokens tokens, TableDefinition definition) {
    Token start = tokens.peek();
    if (start.isKeyword("PRIMARY") && tokens.peek(1).isKeyword("KEY")) {
      tokens.next();
      tokens.next();
      definition.tableKey(start, IndexClauses.keyColumns(tokens, "PRIMARY KEY", "PRIMARY KEY"));
      return "the PRIMARY KEY";
    }
    if (start.isKeyword("LOCAL") && tokens.peek(1).isKeyword("INDEX")) {
      tokens.next();
      tokens.next();
      Token index = tokens.name("an index name", "LOCAL INDEX");
      List<Token> key = IndexClauses.keyColumns(tokens, "key of index " + index.text(), "index name " + index.text());
      definition.localIndex(index, key, IndexClauses.projection(tokens));
      return "local index " + index.text();
    }
    Token column = tokens.name("a column name, PRIMARY KEY or LOCAL INDEX", "'(' or ','");
    Token typeStart = tokens.peek();
    ColumnType type = ColumnTypes.parse(tokens, "column name " + column.text());
    boolean notNull = false;
    boolean key = false;
    while (true) {
      Token constraint = tokens.peek();
      if (tokens.accept("NOT", "NULL")) {
        notNull = true;
      } else if (tokens.accept("PRIMARY", "KEY")) {
        if (key) throw Tokens.at(constraint, "Expected PRIMARY KEY once on column " + column.text() + " but found it twice");
        key = true;
      } else {
        break;
      }
    }
    definition.column(column, typeStart, new ColumnDef(column.text(), type, notNull), key);
    return "column " + column.text();
  }
}
