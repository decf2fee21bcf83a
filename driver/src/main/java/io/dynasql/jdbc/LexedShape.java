package io.dynasql.jdbc;

import java.util.ArrayList;
import java.util.List;

/**
 * A statement split into tokens: its shape (every token as written, each literal replaced by a
 * mark of its kind), which is the key of {@link ShapeCache}, and its literals in text order.
 *
 * @param text the statement
 * @param key the shape
 * @param tokens every token, in text order
 * @param literals the literal tokens, in text order (the slots a cached shape binds)
 */
record LexedShape(String text, String key, List<ShapeToken> tokens, List<ShapeToken> literals) {
  static LexedShape of(String text, List<ShapeToken> tokens) {
    StringBuilder key = new StringBuilder(text.length());
    List<ShapeToken> literals = new ArrayList<>();
    for (ShapeToken t : tokens) {
      if (key.length() > 0) key.append(' ');
      if (t.kind().literal()) {
        // a character no token holds, then the kind: different kinds are different shapes
        key.append('\u0001').append(t.kind().name().charAt(0));
        literals.add(t);
      } else {
        key.append(text, t.start(), t.end());
      }
    }
    return new LexedShape(text, key.toString(), List.copyOf(tokens), List.copyOf(literals));
  }

  /** The text of token {@code t}, as written. */
  String text(ShapeToken t) {
    return text.substring(t.start(), t.end());
  }
}
