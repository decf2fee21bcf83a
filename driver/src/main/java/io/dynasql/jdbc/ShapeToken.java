package io.dynasql.jdbc;

/**
 * One token of a statement's text ({@link ShapeLexer}).
 *
 * @param kind what it is
 * @param start its first character's offset in the text
 * @param end the offset just after it
 * @param line its line, from 1, as Calcite's parser positions count lines
 * @param column its first character's column, from 1
 * @param value a literal's value (a String, or a BigDecimal as written); null for other tokens
 */
record ShapeToken(Kind kind, int start, int end, int line, int column, Object value) {
  /** The kinds of token; a literal's kind is part of the shape, so {@code 7}, {@code 7.0} and {@code '7'} differ. */
  enum Kind {
    WORD, QUOTED, SYMBOL, STRING, INTEGER, DECIMAL, APPROX;

    boolean literal() {
      return ordinal() >= STRING.ordinal();
    }
  }
}
