package io.dynasql.jdbc;

import java.util.HashMap;
import java.util.Map;

/**
 * How name resolution rewrote a shape's text ({@code tbl} to {@code "tbl"}, a reserved alias
 * quoted): for each token it changed, the text it wrote instead. A statement of the same shape
 * gets the same rewrite, its own literals, blanks and comments kept, so the access report and
 * the access log show the same text as if it had been resolved.
 */
final class ResolvedText {
  private final Map<Integer, String> replaced;

  private ResolvedText(Map<Integer, String> replaced) {
    this.replaced = replaced;
  }

  /**
   * The rewrite that turns {@code written} into {@code resolved}, or null when it is more than
   * identifiers written differently (then the shape is not cached).
   */
  static ResolvedText of(LexedShape written, String resolved) {
    LexedShape r = ShapeLexer.lex(resolved);
    if (r == null || r.tokens().size() != written.tokens().size()) return null;
    Map<Integer, String> replaced = new HashMap<>();
    for (int i = 0; i < r.tokens().size(); i++) {
      ShapeToken a = written.tokens().get(i);
      ShapeToken b = r.tokens().get(i);
      String from = written.text(a);
      String to = r.text(b);
      if (from.equals(to)) continue;
      boolean name = (a.kind() == ShapeToken.Kind.WORD || a.kind() == ShapeToken.Kind.QUOTED) && b.kind() == ShapeToken.Kind.QUOTED;
      if (!name) return null;
      replaced.put(i, to);
    }
    ResolvedText out = new ResolvedText(Map.copyOf(replaced));
    return out.apply(written).equals(resolved) ? out : null; // blanks and comments must have stayed as written
  }

  /** The resolved text of {@code shape}, a statement of the shape this rewrite was made from. */
  String apply(LexedShape shape) {
    if (replaced.isEmpty()) return shape.text();
    String text = shape.text();
    StringBuilder out = new StringBuilder(text.length() + 2 * replaced.size());
    int at = 0;
    for (int i = 0; i < shape.tokens().size(); i++) {
      String to = replaced.get(i);
      if (to == null) continue;
      ShapeToken t = shape.tokens().get(i);
      out.append(text, at, t.start()).append(to);
      at = t.end();
    }
    return out.append(text, at, text.length()).toString();
  }
}
