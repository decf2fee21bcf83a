package io.dynasql.calcite.ddl;

import java.util.Locale;

/**
 * One lexical token of a DDL statement, with its 1-based place for error messages.
 *
 * @param kind what kind of token
 * @param text a word or number as written, a quoted identifier or string without its quotes
 *     (escapes undone), a symbol's character; empty at the end
 * @param line 1-based line of its first character
 * @param column 1-based column of its first character
 */
record Token(Kind kind, String text, int line, int column) {

  /** Token kinds. A character the lexer does not recognise becomes a one-character SYMBOL. */
  enum Kind {
    /** An unquoted identifier or keyword. */
    WORD,
    /** A "double-quoted" identifier. */
    QUOTED,
    /** Unsigned digits. */
    NUMBER,
    /** A 'single-quoted' string. */
    STRING,
    /** One punctuation character. */
    SYMBOL,
    /** The end of the text. */
    END
  }

  /** Whether this is the unquoted word {@code keyword}; keywords ignore case, names do not. */
  boolean isKeyword(String keyword) {
    return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
  }

  /** Whether this is the punctuation character {@code symbol}. */
  boolean isSymbol(char symbol) {
    return kind == Kind.SYMBOL && text.length() == 1 && text.charAt(0) == symbol;
  }

  /** Whether this token can be a name: any word (keywords are not reserved) or quoted identifier. */
  boolean isName() {
    return kind == Kind.WORD || kind == Kind.QUOTED;
  }

  /** The word upper-cased, for keyword and type names. */
  String upper() {
    return text.toUpperCase(Locale.ROOT);
  }

  /** How error messages show this token: as written, quoted, or "end of statement". */
  String describe() {
    switch (kind) {
      case END:
        return "end of statement";
      case QUOTED:
        return "'\"" + text.replace("\"", "\"\"") + "\"'";
      case STRING:
        return "string '" + text.replace("'", "''") + "'";
      default:
        return "'" + text + "'";
    }
  }
}
