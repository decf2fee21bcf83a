package io.dynasql.engine.expr;

import java.util.List;

/** A parsed projection expression whose placeholders are not yet resolved. Immutable. */
public final class ParsedProjection {
  private final List<Syntax.PathRef> paths;

  ParsedProjection(List<Syntax.PathRef> paths) {
    this.paths = List.copyOf(paths);
  }

  /** Substitutes the request's {@code #name} placeholders, marking them used, and checks paths. */
  public ProjectionExpression resolve(Placeholders placeholders) {
    return Resolver.projection(paths, placeholders);
  }
}
