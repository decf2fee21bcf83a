package io.dynasql.calcite.ddl;

/**
 * Splits DDL text into tokens on demand. Lazy on purpose: the parser first looks at two tokens
 * to decide whether a statement is DDL at all, and text that is not DDL (a SELECT with a stray
 * quote, say) must never raise an error here. Whitespace, {@code --} line comments and block
 * comments are skipped.
 */
final class Lexer {
  private final String sql;
  private int pos;
  private int line = 1;
  private int column = 1;

  Lexer(String sql) {
    this.sql = sql;
  }

  /** The next token; the END token repeats once the text is used up. */
  Token next() {
    skipBlanks();
    int startLine = line;
    int startColumn = column;
    if (pos >= sql.length()) return new Token(Token.Kind.END, "", startLine, startColumn);
    char c = sql.charAt(pos);
    if (Character.isLetter(c) || c == '_') {
      int start = pos;
      while (pos < sql.length() && (Character.isLetterOrDigit(sql.charAt(pos)) || sql.charAt(pos) == '_')) advance();
      return new Token(Token.Kind.WORD, sql.substring(start, pos), startLine, startColumn);
    }
    if (c >= '0' && c <= '9') {
      int start = pos;
      while (pos < sql.length() && sql.charAt(pos) >= '0' && sql.charAt(pos) <= '9') advance();
      return new Token(Token.Kind.NUMBER, sql.substring(start, pos), startLine, startColumn);
    }
    if (c == '"') {
      String name = quoted('"', "quoted identifier", startLine, startColumn);
      if (name.isEmpty()) {
        throw new DdlSyntaxException("Expected a name between the double quotes but found '\"\"'", startLine, startColumn);
      }
      return new Token(Token.Kind.QUOTED, name, startLine, startColumn);
    }
    if (c == '\'') {
      return new Token(Token.Kind.STRING, quoted('\'', "string", startLine, startColumn), startLine, startColumn);
    }
    int start = pos;
    int width = Character.charCount(sql.codePointAt(pos));
    for (int i = 0; i < width; i++) advance();
    return new Token(Token.Kind.SYMBOL, sql.substring(start, pos), startLine, startColumn);
  }

  /** The text between {@code quote}s, a doubled quote standing for one. */
  private String quoted(char quote, String what, int startLine, int startColumn) {
    advance();
    StringBuilder out = new StringBuilder();
    while (pos < sql.length()) {
      char c = sql.charAt(pos);
      advance();
      if (c != quote) {
        out.append(c);
      } else if (pos < sql.length() && sql.charAt(pos) == quote) {
        out.append(quote);
        advance();
      } else {
        return out.toString();
      }
    }
    throw new DdlSyntaxException("Expected the closing " + quote + " of the " + what + " started here but found end of statement",
        startLine, startColumn);
  }

  private void skipBlanks() {
    while (pos < sql.length()) {
      char c = sql.charAt(pos);
      if (Character.isWhitespace(c)) {
        advance();
      } else if (sql.startsWith("--", pos)) {
        while (pos < sql.length() && sql.charAt(pos) != '\n' && sql.charAt(pos) != '\r') advance();
      } else if (sql.startsWith("/*", pos)) {
        skipBlockComment();
      } else {
        return;
      }
    }
  }

  private void skipBlockComment() {
    int startLine = line;
    int startColumn = column;
    advance();
    advance();
    while (pos < sql.length()) {
      if (sql.startsWith("*/", pos)) {
        advance();
        advance();
        return;
      }
      advance();
    }
    throw new DdlSyntaxException("Expected the closing */ of the comment started here but found end of statement",
        startLine, startColumn);
  }

  /** Moves one character on, counting lines: \n, \r\n and a lone \r each end one line. */
  private void advance() {
    char c = sql.charAt(pos++);
    boolean crBeforeLf = c == '\r' && pos < sql.length() && sql.charAt(pos) == '\n';
    if ((c == '\n' || c == '\r') && !crBeforeLf) {
      line++;
      column = 1;
    } else if (!crBeforeLf) {
      column++;
    }
  }
}
