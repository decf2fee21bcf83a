package io.dynasql.federation.ddl;

import io.dynasql.federation.SourceException;
import java.util.ArrayList;
import java.util.List;

/**
 * The words, quoted names, string literals and punctuation of a source statement, read once
 * ahead; a cursor over them with the checks the parser needs, each failing with what was
 * expected and where.
 */
final class SourceTokens {
  /** A token: its kind and its text (a quoted name or string without quotes). */
  record Token(Kind kind, String text) {
    boolean isWord(String w) {
      return kind == Kind.WORD && text.equalsIgnoreCase(w);
    }
  }

  enum Kind { WORD, QUOTED, STRING, PUNCT }

  private final List<Token> tokens;
  private int at;

  SourceTokens(String sql) {
    this.tokens = lex(sql);
  }

  Token peek(int ahead) {
    return at + ahead < tokens.size() ? tokens.get(at + ahead) : null;
  }

  /** Consumes the words {@code words} when they come next. */
  boolean accept(String... words) {
    for (int i = 0; i < words.length; i++) {
      Token t = peek(i);
      if (t == null || !t.isWord(words[i])) return false;
    }
    at += words.length;
    return true;
  }

  void expect(String word, String after) {
    if (!accept(word)) throw error("expected " + word + " after " + after);
  }

  void expectPunct(String p, String after) {
    Token t = peek(0);
    if (t == null || t.kind() != Kind.PUNCT || !t.text().equals(p)) throw error("expected " + p + " after " + after);
    at++;
  }

  boolean acceptPunct(String p) {
    Token t = peek(0);
    if (t == null || t.kind() != Kind.PUNCT || !t.text().equals(p)) return false;
    at++;
    return true;
  }

  /** A name (a word, kept as written, or a quoted name). */
  String name(String what, String after) {
    Token t = peek(0);
    if (t == null || (t.kind() != Kind.WORD && t.kind() != Kind.QUOTED)) throw error("expected " + what + " after " + after);
    at++;
    return t.text();
  }

  String string(String what) {
    Token t = peek(0);
    if (t == null || t.kind() != Kind.STRING) throw error("expected a quoted string value for " + what);
    at++;
    return t.text();
  }

  void end(String after) {
    acceptPunct(";");
    if (peek(0) != null) throw error("unexpected " + peek(0).text() + " after " + after);
  }

  SourceException error(String message) {
    return new SourceException(SourceException.SYNTAX, "Syntax error in source statement: " + message);
  }

  private static List<Token> lex(String sql) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    int n = sql.length();
    while (i < n) {
      char c = sql.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
        while (i < n && sql.charAt(i) != '\n') i++;
      } else if (c == '\'' || c == '"') {
        StringBuilder b = new StringBuilder();
        int j = i + 1;
        while (true) {
          if (j >= n) throw new SourceException(SourceException.SYNTAX, "Syntax error in source statement: unclosed " + c);
          if (sql.charAt(j) == c) {
            if (j + 1 < n && sql.charAt(j + 1) == c) {
              b.append(c);
              j += 2;
              continue;
            }
            break;
          }
          b.append(sql.charAt(j++));
        }
        out.add(new Token(c == '\'' ? Kind.STRING : Kind.QUOTED, b.toString()));
        i = j + 1;
      } else if (Character.isLetterOrDigit(c) || c == '_') {
        int j = i;
        while (j < n && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '_')) j++;
        out.add(new Token(Kind.WORD, sql.substring(i, j)));
        i = j;
      } else {
        out.add(new Token(Kind.PUNCT, String.valueOf(c)));
        i++;
      }
    }
    return out;
  }
}
