package io.dynasql.engine.expr;

import java.util.List;

/** A parsed update expression whose placeholders are not yet resolved. Immutable. */
public final class ParsedUpdate {
  private final List<Syntax.Action> actions;

  ParsedUpdate(List<Syntax.Action> actions) {
    this.actions = List.copyOf(actions);
  }

  /** Substitutes the request's placeholders, marking them used, and checks operands and paths. */
  public UpdateExpression resolve(Placeholders placeholders) {
    return Resolver.update(actions, placeholders);
  }
}
