package io.dynasql.engine.expr;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a parse tree into a resolved tree against one request's placeholders, making DynamoDB's
 * per-expression checks in its order: undefined placeholders (in text order), operand counts,
 * repeated operands, then operand types.
 */
final class Resolver {
  private final ExpressionKind kind;
  private final Placeholders placeholders;

  private Resolver(ExpressionKind kind, Placeholders placeholders) {
    this.kind = kind;
    this.placeholders = placeholders;
  }

  static Condition condition(ExpressionKind kind, Syntax root, Placeholders placeholders) {
    Resolver r = new Resolver(kind, placeholders);
    r.check(List.of(root));
    return new TreeBuilder(kind, placeholders).condition(root);
  }

  static UpdateExpression update(List<Syntax.Action> actions, Placeholders placeholders) {
    Resolver r = new Resolver(ExpressionKind.UPDATE, placeholders);
    r.check(new ArrayList<>(actions));
    TreeBuilder build = new TreeBuilder(ExpressionKind.UPDATE, placeholders);
    List<UpdateAction> resolved = new ArrayList<>();
    for (Syntax.Action a : actions) resolved.add(build.action(a));
    return new UpdateExpression(resolved);
  }

  static ProjectionExpression projection(List<Syntax.PathRef> paths, Placeholders placeholders) {
    Resolver r = new Resolver(ExpressionKind.PROJECTION, placeholders);
    r.check(new ArrayList<>(paths));
    TreeBuilder build = new TreeBuilder(ExpressionKind.PROJECTION, placeholders);
    List<Path> resolved = new ArrayList<>();
    for (Syntax.PathRef p : paths) resolved.add(build.path(p));
    return new ProjectionExpression(resolved);
  }

  private void check(List<Syntax> roots) {
    List<Syntax> nodes = new ArrayList<>();
    for (Syntax root : roots) ParseChecks.preOrder(root, nodes);
    for (Syntax n : nodes) definePlaceholders(n);
    for (Syntax n : nodes) {
      if (n instanceof Syntax.Call c && c.args().size() != Functions.arity(c.name())) {
        throw Errors.operandCount(kind, c.name(), c.args().size());
      }
    }
    TreeBuilder build = new TreeBuilder(kind, placeholders);
    for (Syntax n : nodes) checkDistinct(n, build);
    OperandTypeChecks types = new OperandTypeChecks(kind, placeholders);
    for (Syntax n : nodes) types.check(n);
  }

  private void definePlaceholders(Syntax node) {
    if (node instanceof Syntax.ValueRef v) placeholders.value(kind, v.placeholder());
    if (node instanceof Syntax.PathRef p) {
      for (Syntax.Step s : p.steps()) {
        if (s instanceof Syntax.NameRef ref) placeholders.name(kind, ref.placeholder());
      }
    }
  }

  /** DynamoDB refuses an operator whose first operand is the same path as a later one. */
  private void checkDistinct(Syntax node, TreeBuilder build) {
    String operator;
    List<Syntax> operands;
    if (node instanceof Syntax.Compare c) {
      operator = c.operator();
      operands = c.children();
    } else if (node instanceof Syntax.Between b) {
      operator = "BETWEEN";
      operands = b.children();
    } else if (node instanceof Syntax.In in) {
      operator = "IN";
      operands = in.children();
    } else if (node instanceof Syntax.Call c && c.args().size() == 2 && Functions.isBoolean(c.name())) {
      operator = c.name();
      operands = c.args();
    } else {
      return;
    }
    if (!(Syntax.unwrap(operands.get(0)) instanceof Syntax.PathRef first)) return;
    Path firstPath = build.path(first);
    for (Syntax other : operands.subList(1, operands.size())) {
      if (Syntax.unwrap(other) instanceof Syntax.PathRef p && build.path(p).equals(firstPath)) {
        throw Errors.notDistinct(kind, operator, firstPath);
      }
    }
  }
}
