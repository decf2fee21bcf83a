package io.dynasql.calcite.ddl;

import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.KeySchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What CREATE TABLE's elements mean together: which columns form the key (PRIMARY KEY on columns,
 * in declaration order, or one PRIMARY KEY (...) element), whether keys have key types, and
 * local index sort keys. Errors point at the token to fix.
 */
final class TableDefinition {
  private final String table;
  private final Map<String, ColumnDef> columns = new LinkedHashMap<>();
  private final Map<String, Token> typeTokens = new LinkedHashMap<>();
  private final List<Token> columnKeys = new ArrayList<>();
  private List<Token> tableKey;
  private final List<Local> localIndexes = new ArrayList<>();

  /** A local index as written: its sort key alone, or the table's partition key and its sort key. */
  private record Local(Token name, List<Token> key, Projection projection) {}

  TableDefinition(String table) {
    this.table = table;
  }

  void column(Token name, Token typeStart, ColumnDef column, boolean key) {
    if (columns.putIfAbsent(column.name(), column) != null) {
      throw Tokens.at(name, "Column " + column.name() + " is declared twice in table " + table);
    }
    typeTokens.put(column.name(), typeStart);
    if (key) columnKeys.add(name);
  }

  void tableKey(Token primary, List<Token> key) {
    if (tableKey != null) throw Tokens.at(primary, "Expected one PRIMARY KEY (...) in table " + table + " but found a second");
    tableKey = key;
  }

  /** A local index; {@code key} is its sort key alone, or the table's partition key and it. */
  void localIndex(Token name, List<Token> key, Projection projection) {
    localIndexes.add(new Local(name, key, projection));
  }

  DdlStatement.CreateTable build(boolean ifNotExists, TableOptions options, Token close) {
    List<Token> key = key(close);
    Token pk = key.get(0);
    Token sk = key.size() == 2 ? key.get(1) : null;
    KeySchema schema = sk == null
        ? KeySchema.of(pk.text(), keyType(pk, "Key column"))
        : KeySchema.of(pk.text(), keyType(pk, "Key column"), sk.text(), keyType(sk, "Key column"));
    List<LocalIndexDef> locals = new ArrayList<>();
    for (Local index : localIndexes) {
      Token first = index.key().get(0);
      if (index.key().size() == 2 && !first.text().equals(pk.text())) {
        throw Tokens.at(first, "Expected the table's partition key " + pk.text() + " as the first column of local index "
            + index.name().text() + " but found " + first.describe() + " (or give only the index's sort key)");
      }
      Token sort = index.key().get(index.key().size() - 1);
      if (sort.text().equals(pk.text())) {
        throw Tokens.at(sort, "Expected a sort key for local index " + index.name().text()
            + " but found the table's partition key " + pk.text() + " (a local index keeps the partition key and adds a sort key)");
      }
      keyType(sort, "Local index " + index.name().text() + "'s sort key");
      locals.add(new LocalIndexDef(index.name().text(), sort.text(), index.projection()));
    }
    return new DdlStatement.CreateTable(table, ifNotExists, List.copyOf(columns.values()), schema, locals, options);
  }

  /** The key columns, from the columns marked PRIMARY KEY or the PRIMARY KEY (...) element. */
  private List<Token> key(Token close) {
    if (tableKey != null && !columnKeys.isEmpty()) {
      throw Tokens.at(columnKeys.get(0), "Expected the PRIMARY KEY once in table " + table + " but found it both on column "
          + columnKeys.get(0).text() + " and as PRIMARY KEY (...)");
    }
    if (columnKeys.size() > IndexClauses.MAX_KEY_COLUMNS) {
      throw Tokens.at(columnKeys.get(2), "Expected at most " + IndexClauses.MAX_KEY_COLUMNS
          + " PRIMARY KEY columns (partition key, sort key) in table " + table + " but found a third, " + columnKeys.get(2).describe());
    }
    List<Token> key = tableKey != null ? tableKey : columnKeys;
    if (key.isEmpty()) {
      throw Tokens.at(close, "Table " + table + " has no PRIMARY KEY: a dynasql table needs a PRIMARY KEY (partition key [, sort key])");
    }
    return key;
  }

  /** The S/N/B type of the declared column {@code name}, or an error naming it and its type. */
  private AttributeType keyType(Token name, String role) {
    ColumnDef column = columns.get(name.text());
    if (column == null) throw Tokens.at(name, role + " " + name.text() + " is not a column of table " + table);
    if (!column.type().canBeKey()) {
      throw Tokens.at(typeTokens.get(name.text()), role + " " + name.text() + " has type " + column.type().sql()
          + ", but " + ColumnTypes.KEY_RULE);
    }
    return column.type().keyType();
  }
}
