package io.dynasql.engine.expr;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A resolved projection: the document paths to keep. Like DynamoDB, building one rejects
 * overlapping or conflicting paths and paths nested more than 32 levels.
 *
 * @param paths the paths, in the order written
 */
public record ProjectionExpression(List<Path> paths) {
  public ProjectionExpression {
    paths = Collections.unmodifiableList(new ArrayList<>(paths));
    if (paths.isEmpty()) throw new IllegalArgumentException("a projection needs a path");
    PathRules.checkDepth(ExpressionKind.PROJECTION, paths);
    PathRules.checkDisjoint(ExpressionKind.PROJECTION, paths);
  }

  /** The top-level attributes the projection reads, in order of first mention. */
  public Set<String> attributes() {
    Set<String> names = new LinkedHashSet<>();
    for (Path p : paths) names.add(p.attribute());
    return Collections.unmodifiableSet(names);
  }

  @Override
  public String toString() {
    return Printer.readable(this);
  }
}
