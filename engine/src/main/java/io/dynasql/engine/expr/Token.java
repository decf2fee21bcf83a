package io.dynasql.engine.expr;

/**
 * One lexical token of an expression, with its place in the source so syntax errors can quote
 * the surrounding text as DynamoDB does.
 *
 * @param type what kind of token
 * @param text the token's source text
 * @param start offset of its first character
 * @param end offset just past its last character
 */
record Token(Type type, String text, int start, int end) {

  /** Token kinds. Anything the lexer does not recognise becomes a one-character UNKNOWN. */
  enum Type {
    WORD, NAME_REF, VALUE_REF, NUMBER, LPAREN, RPAREN, LBRACKET, RBRACKET, COMMA, DOT, COMPARATOR,
    PLUS, MINUS, UNKNOWN, EOF
  }

  boolean is(Type t) {
    return type == t;
  }

  /** Whether this is the word {@code keyword}, ignoring case as DynamoDB does for keywords. */
  boolean isKeyword(String keyword) {
    return type == Type.WORD && text.equalsIgnoreCase(keyword);
  }
}
