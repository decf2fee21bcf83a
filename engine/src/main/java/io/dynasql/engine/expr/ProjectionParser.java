package io.dynasql.engine.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Parses a projection expression: document paths separated by commas, nothing else. */
final class ProjectionParser {
  private ProjectionParser() {}

  static List<Syntax.PathRef> parse(String text) {
    TokenCursor in = new TokenCursor(ExpressionKind.PROJECTION, text);
    List<Syntax.PathRef> paths = new ArrayList<>();
    paths.add(PathParser.parse(in, Set.of()));
    while (in.at(Token.Type.COMMA)) {
      in.next();
      paths.add(PathParser.parse(in, Set.of()));
    }
    in.expectEnd();
    return paths;
  }
}
