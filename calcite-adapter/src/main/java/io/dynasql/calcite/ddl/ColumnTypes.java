package io.dynasql.calcite.ddl;

import io.dynasql.engine.model.AttributeType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The SQL types DDL accepts and the key type each maps to: character types are S, numeric types
 * N, binary types B; BOOLEAN, JSON (a map or list) and any type followed by ARRAY have no key type.
 * Grammar: {@code name [(size [, scale])] {ARRAY}}.
 */
final class ColumnTypes {
  /** How many sizes a type takes in parentheses (none, a length, or precision and scale). */
  private record Spec(AttributeType keyType, int maxSizes) {}

  /** Why a column of another type cannot be a key, for error messages. */
  static final String KEY_RULE =
      "a key must be a string (S), number (N) or binary (B) type such as VARCHAR, BIGINT, DECIMAL or VARBINARY";

  private static final Map<String, Spec> TYPES = new LinkedHashMap<>();

  static {
    for (String s : new String[] {"VARCHAR", "CHAR", "TEXT", "STRING"}) TYPES.put(s, new Spec(AttributeType.S, 1));
    for (String n : new String[] {"BIGINT", "INT", "INTEGER", "SMALLINT", "TINYINT"}) TYPES.put(n, new Spec(AttributeType.N, 0));
    for (String n : new String[] {"DECIMAL", "NUMERIC"}) TYPES.put(n, new Spec(AttributeType.N, 2));
    for (String n : new String[] {"DOUBLE", "FLOAT", "REAL"}) TYPES.put(n, new Spec(AttributeType.N, 0));
    for (String b : new String[] {"VARBINARY", "BINARY", "BLOB", "BYTES"}) TYPES.put(b, new Spec(AttributeType.B, 1));
    for (String x : new String[] {"BOOLEAN", "JSON"}) TYPES.put(x, new Spec(null, 0));
  }

  private ColumnTypes() {}

  /** Parses a type after {@code after} (which names the column, for error messages). */
  static ColumnType parse(Tokens tokens, String after) {
    Token name = tokens.peek();
    Spec spec = name.kind() == Token.Kind.WORD ? TYPES.get(name.upper()) : null;
    if (spec == null) throw tokens.expected("a type (" + String.join(", ", TYPES.keySet()) + ")", after);
    tokens.next();
    StringBuilder sql = new StringBuilder(name.upper());
    if (tokens.peek().isSymbol('(')) {
      if (spec.maxSizes() == 0) throw tokens.expected("no size (" + name.upper() + " takes none)", "type " + name.upper());
      tokens.next();
      sql.append('(').append(tokens.number("a length or precision", name.upper() + "("));
      if (spec.maxSizes() == 2 && tokens.acceptSymbol(',')) {
        sql.append(", ").append(tokens.number("a scale", name.upper() + "(precision,"));
      }
      tokens.expectSymbol(')', "the size of " + name.upper());
      sql.append(')');
    }
    AttributeType keyType = spec.keyType();
    while (tokens.accept("ARRAY")) {
      sql.append(" ARRAY");
      keyType = null;
    }
    return new ColumnType(sql.toString(), keyType);
  }

  /**
   * The type a catalog column was stored with (declared, or found by sampling), or null when the
   * text is not a type this grammar knows.
   */
  static ColumnType fromCatalog(String sqlType) {
    try {
      Tokens tokens = new Tokens(new Lexer(sqlType));
      ColumnType type = parse(tokens, "column");
      return tokens.peek().kind() == Token.Kind.END ? type : null;
    } catch (DdlSyntaxException e) {
      return null;
    }
  }
}
