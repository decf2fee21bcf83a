package io.dynasql.calcite.names;

/**
 * The tokens of SQL text as Calcite's parser reads them under double-quote quoting, without
 * parsing: words, quoted identifiers ({@code "a""b"}), string literals ({@code 'it''s'}, their
 * prefixes such as {@code X} being words of their own), numbers and one-character symbols. Blanks,
 * {@code --} comments and {@code /* *}{@code /} comments (hints too) are skipped. It never fails:
 * an unterminated literal, quoted identifier or comment runs to the end of the text, and the parse
 * that follows reports it.
 */
final class SqlScan {
  /** What a token is. */
  enum Kind { WORD, QUOTED, STRING, NUMBER, SYMBOL }

  /** One token: its kind, its bounds in the text, and its first character. */
  record Token(Kind kind, int start, int end, char first) {
    boolean isWord() {
      return kind == Kind.WORD;
    }

    /** Whether this is the unquoted word {@code word} (upper case), in any case. */
    boolean is(String sql, String word) {
      return kind == Kind.WORD && end - start == word.length() && sql.regionMatches(true, start, word, 0, word.length());
    }

    boolean isSymbol(char c) {
      return kind == Kind.SYMBOL && first == c;
    }

    String text(String sql) {
      return sql.substring(start, end);
    }
  }

  private final String sql;
  private int at;

  SqlScan(String sql) {
    this.sql = sql;
  }

  /** The next token, or null at the end of the text. */
  Token next() {
    skipBlanksAndComments();
    int n = sql.length();
    if (at >= n) return null;
    int start = at;
    char c = sql.charAt(at);
    Kind kind;
    if (c == '\'' || c == '"') {
      at = closing(c, at + 1);
      kind = c == '\'' ? Kind.STRING : Kind.QUOTED;
    } else if (Character.isLetter(c) || c == '_') {
      while (at < n && isWordPart(sql.charAt(at))) at++;
      kind = Kind.WORD;
    } else if (Character.isDigit(c)) {
      while (at < n && (isWordPart(sql.charAt(at)) || sql.charAt(at) == '.')) at++;
      kind = Kind.NUMBER;
    } else {
      at++;
      kind = Kind.SYMBOL;
    }
    return new Token(kind, start, at, c);
  }

  /** The offset after the quote closing a literal or identifier opened just before {@code from}. */
  private int closing(char quote, int from) {
    int i = from;
    while (true) {
      int q = sql.indexOf(quote, i);
      if (q < 0) return sql.length();
      if (q + 1 < sql.length() && sql.charAt(q + 1) == quote) {
        i = q + 2; // a doubled quote stands for itself
      } else {
        return q + 1;
      }
    }
  }

  private void skipBlanksAndComments() {
    int n = sql.length();
    while (at < n) {
      char c = sql.charAt(at);
      if (Character.isWhitespace(c)) {
        at++;
      } else if (c == '-' && sql.startsWith("--", at)) {
        while (at < n && sql.charAt(at) != '\n' && sql.charAt(at) != '\r') at++;
      } else if (c == '/' && sql.startsWith("/*", at)) {
        int end = sql.indexOf("*/", at + 2);
        at = end < 0 ? n : end + 2;
      } else {
        return;
      }
    }
  }

  private static boolean isWordPart(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$';
  }
}
