package io.dynasql.engine.expr;

import java.util.List;

/**
 * A position in an expression's tokens, shared by the three parsers: look-ahead, consumption,
 * and DynamoDB-style syntax errors that quote the offending token and its neighbours.
 */
final class TokenCursor {
  /** Deeper parenthesis nesting than this is reported as a syntax error, bounding recursion. */
  static final int MAX_PAREN_DEPTH = 32;

  private final ExpressionKind kind;
  private final String text;
  private final List<Token> tokens;
  private int pos;
  private int parenDepth;

  TokenCursor(ExpressionKind kind, String text) {
    this.kind = kind;
    this.text = text;
    this.tokens = Lexer.tokens(text);
  }

  ExpressionKind kind() {
    return kind;
  }

  Token peek() {
    return tokens.get(pos);
  }

  Token peek(int ahead) {
    return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
  }

  Token next() {
    Token t = tokens.get(pos);
    if (pos < tokens.size() - 1) pos++;
    return t;
  }

  boolean at(Token.Type type) {
    return peek().is(type);
  }

  Token expect(Token.Type type) {
    if (!at(type)) throw error();
    return next();
  }

  /**
   * Consumes a grouping parenthesis, refusing nesting deeper than {@link #MAX_PAREN_DEPTH}: the
   * parser recurses once per level, and no sensible expression needs more.
   */
  void open() {
    if (!at(Token.Type.LPAREN) || parenDepth == MAX_PAREN_DEPTH) throw error();
    parenDepth++;
    next();
  }

  void close() {
    expect(Token.Type.RPAREN);
    parenDepth--;
  }

  /** Consumes the parenthesis opening an argument list; these do not count as grouping. */
  void openArguments() {
    expect(Token.Type.LPAREN);
  }

  void closeArguments() {
    expect(Token.Type.RPAREN);
  }

  /** Fails unless every token has been consumed: the grammars are anchored at the end. */
  void expectEnd() {
    if (!at(Token.Type.EOF)) throw error();
  }

  /** A syntax error at the current token. */
  RuntimeException error() {
    return errorAt(pos);
  }

  /** DynamoDB quotes the bad token and the text from the token before it to the token after. */
  RuntimeException errorAt(int index) {
    Token bad = tokens.get(index);
    int from = index > 0 ? tokens.get(index - 1).start() : bad.start();
    Token after = index + 1 < tokens.size() ? tokens.get(index + 1) : null;
    int to = after != null && !after.is(Token.Type.EOF) ? after.end() : bad.end();
    if (bad.is(Token.Type.EOF) && index > 0) to = tokens.get(index - 1).end();
    return Errors.syntax(kind, bad.text(), text.substring(from, Math.max(from, to)));
  }

  int position() {
    return pos;
  }
}
