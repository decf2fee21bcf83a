package io.dynasql.calcite.ddl;

import java.util.ArrayList;
import java.util.List;

/**
 * The parser's view of the token stream: lookahead of any depth (keywords are not reserved, so
 * {@code PRIMARY KEY} or {@code IF NOT EXISTS} is told from a column or table of that name by
 * looking further), and expectations that fail with "Expected X after Y but found Z".
 */
final class Tokens {
  /** Numbers in DDL are sizes and capacity units: 18 digits always fit a long. */
  private static final int MAX_DIGITS = 18;

  private final Lexer lexer;
  private final List<Token> ahead = new ArrayList<>();

  Tokens(Lexer lexer) {
    this.lexer = lexer;
  }

  Token peek() {
    return peek(0);
  }

  /** The token {@code k} places ahead (0 is the next one). */
  Token peek(int k) {
    while (ahead.size() <= k) ahead.add(lexer.next());
    return ahead.get(k);
  }

  Token next() {
    Token t = peek();
    ahead.remove(0);
    return t;
  }

  /** Whether the next tokens are these keywords, in order; consumes them if so. */
  boolean accept(String... keywords) {
    for (int i = 0; i < keywords.length; i++) {
      if (!peek(i).isKeyword(keywords[i])) return false;
    }
    for (int i = 0; i < keywords.length; i++) next();
    return true;
  }

  /** Whether the next token is {@code symbol}; consumes it if so. */
  boolean acceptSymbol(char symbol) {
    if (!peek().isSymbol(symbol)) return false;
    next();
    return true;
  }

  void expectKeyword(String keyword, String after) {
    if (!accept(keyword)) throw expected(keyword, after);
  }

  void expectSymbol(char symbol, String after) {
    if (!acceptSymbol(symbol)) throw expected("'" + symbol + "'", after);
  }

  /** A name (unquoted word or quoted identifier), as written. */
  Token name(String what, String after) {
    if (!peek().isName()) throw expected(what, after);
    return next();
  }

  /** An unsigned whole number. */
  long number(String what, String after) {
    Token t = peek();
    if (t.kind() != Token.Kind.NUMBER) throw expected(what, after);
    if (t.text().length() > MAX_DIGITS) {
      throw at(t, "Expected " + what + " of at most " + MAX_DIGITS + " digits after " + after + " but found " + t.describe());
    }
    return Long.parseLong(next().text());
  }

  /** The optional ';' and then the end of the text. */
  void end(String after) {
    acceptSymbol(';');
    if (peek().kind() != Token.Kind.END) throw expected("end of statement", after);
  }

  /** "Expected {@code what} after {@code after} but found" the next token, at its place. */
  DdlSyntaxException expected(String what, String after) {
    Token found = peek();
    return at(found, "Expected " + what + " after " + after + " but found " + found.describe());
  }

  /** An error placed at {@code t}. */
  static DdlSyntaxException at(Token t, String reason) {
    return new DdlSyntaxException(reason, t.line(), t.column());
  }
}
