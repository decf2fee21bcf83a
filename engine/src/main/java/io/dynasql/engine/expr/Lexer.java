package io.dynasql.engine.expr;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits expression text into tokens. It never fails: characters it does not know become
 * UNKNOWN tokens, so the parser reports them with DynamoDB's "token ... near ..." message.
 */
final class Lexer {
  private Lexer() {}

  static List<Token> tokens(String text) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        i++;
        continue;
      }
      int start = i;
      Token.Type type;
      if (isLetter(c)) {
        i = skipWordChars(text, i + 1);
        type = Token.Type.WORD;
      } else if (isDigit(c)) {
        while (i < n && isDigit(text.charAt(i))) i++;
        type = Token.Type.NUMBER;
      } else if ((c == '#' || c == ':') && i + 1 < n && isWordChar(text.charAt(i + 1))) {
        // Placeholder names may start with a digit or underscore; bare names may not.
        i = skipWordChars(text, i + 1);
        type = c == '#' ? Token.Type.NAME_REF : Token.Type.VALUE_REF;
      } else if (c == '<' && i + 1 < n && (text.charAt(i + 1) == '=' || text.charAt(i + 1) == '>')) {
        i += 2;
        type = Token.Type.COMPARATOR;
      } else if (c == '>' && i + 1 < n && text.charAt(i + 1) == '=') {
        i += 2;
        type = Token.Type.COMPARATOR;
      } else {
        i++;
        type = single(c);
      }
      out.add(new Token(type, text.substring(start, i), start, i));
    }
    out.add(new Token(Token.Type.EOF, "<EOF>", n, n));
    return out;
  }

  private static Token.Type single(char c) {
    switch (c) {
      case '(': return Token.Type.LPAREN;
      case ')': return Token.Type.RPAREN;
      case '[': return Token.Type.LBRACKET;
      case ']': return Token.Type.RBRACKET;
      case ',': return Token.Type.COMMA;
      case '.': return Token.Type.DOT;
      case '=': case '<': case '>': return Token.Type.COMPARATOR;
      case '+': return Token.Type.PLUS;
      case '-': return Token.Type.MINUS;
      default: return Token.Type.UNKNOWN;
    }
  }

  private static int skipWordChars(String text, int i) {
    while (i < text.length() && isWordChar(text.charAt(i))) i++;
    return i;
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isWordChar(char c) {
    return isLetter(c) || isDigit(c) || c == '_';
  }
}
