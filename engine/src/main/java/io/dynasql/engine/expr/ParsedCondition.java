package io.dynasql.engine.expr;

/**
 * A parsed condition, filter or key-condition expression whose placeholders are not yet
 * resolved. Immutable and shareable between requests.
 */
public final class ParsedCondition {
  private final ExpressionKind kind;
  private final Syntax root;

  ParsedCondition(ExpressionKind kind, Syntax root) {
    this.kind = kind;
    this.root = root;
  }

  /** The request parameter the expression came from. */
  public ExpressionKind kind() {
    return kind;
  }

  /** Substitutes the request's placeholders, marking them used, and checks operands. */
  public Condition resolve(Placeholders placeholders) {
    return Resolver.condition(kind, root, placeholders);
  }
}
