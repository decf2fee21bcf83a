package io.dynasql.engine.expr;

import java.util.List;

/**
 * DynamoDB's rules for the set of paths one update or projection writes or reads: each nested
 * at most 32 levels, none a prefix of another (overlap), and none reaching one step as a map key
 * where another reaches it as a list index (conflict). Paths are reported in the order written.
 */
final class PathRules {
  /** DynamoDB's limit on a document path's nesting levels, the top-level name included. */
  static final int MAX_DEPTH = 32;

  private PathRules() {}

  static void checkDepth(ExpressionKind kind, List<Path> paths) {
    for (Path p : paths) {
      if (p.depth() > MAX_DEPTH) throw Errors.nesting(kind, p.depth());
    }
  }

  static void checkDisjoint(ExpressionKind kind, List<Path> paths) {
    for (int i = 0; i < paths.size(); i++) {
      for (int j = i + 1; j < paths.size(); j++) {
        Path one = paths.get(i);
        Path two = paths.get(j);
        if (one.isPrefixOf(two) || two.isPrefixOf(one)) throw Errors.overlap(kind, one, two);
      }
    }
    for (int i = 0; i < paths.size(); i++) {
      for (int j = i + 1; j < paths.size(); j++) {
        if (conflict(paths.get(i), paths.get(j))) throw Errors.conflict(kind, paths.get(i), paths.get(j));
      }
    }
  }

  /** After a shared prefix, one path steps into a map and the other into a list. */
  private static boolean conflict(Path one, Path two) {
    List<PathElement> a = one.elements();
    List<PathElement> b = two.elements();
    for (int k = 0; k < Math.min(a.size(), b.size()); k++) {
      PathElement x = a.get(k);
      PathElement y = b.get(k);
      if (x.equals(y)) continue;
      return x.getClass() != y.getClass();
    }
    return false;
  }
}
