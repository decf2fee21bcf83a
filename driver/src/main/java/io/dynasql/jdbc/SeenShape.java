package io.dynasql.jdbc;

/**
 * A SELECT's tokens ({@link ShapeLexer}), the connection's catalog snapshot when they were read,
 * and the entry of their shape made under that snapshot (or null): what the shape cache knows of
 * a statement before it is parsed, and where the normal path leaves what it found.
 */
record SeenShape(LexedShape lexed, Object catalog, ShapeEntry entry) {
  /** The shape of {@code written}, or null when the connection's shape cache is off or the lexer unsure. */
  static SeenShape of(JdbcConnection connection, String written) {
    ShapeCache cache = connection.shapes();
    LexedShape lexed = cache.enabled() ? ShapeLexer.lex(written) : null;
    if (lexed == null) return null;
    Object catalog = connection.database().descriptors();
    return new SeenShape(lexed, catalog, cache.find(lexed.key(), catalog));
  }

  /** Remembers what the normal path found this shape to be, for the next statement of its shape. */
  void remember(JdbcConnection connection, ShapeEntry found) {
    if (found != null) connection.shapes().put(lexed.key(), found, catalog);
  }
}
