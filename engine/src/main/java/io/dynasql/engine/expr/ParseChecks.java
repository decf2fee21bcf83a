package io.dynasql.engine.expr;

import java.util.ArrayList;
import java.util.List;

/**
 * The checks DynamoDB makes on a syntactically valid expression before it looks at the
 * placeholder maps, in DynamoDB's order: redundant parentheses, unknown functions, functions in
 * the wrong place, reserved words, then size limits. Their results depend on the text alone, so
 * they run once per parse and are cached with it.
 */
final class ParseChecks {
  static final int MAX_IN_OPERANDS = 100;
  static final int MAX_OPERATORS = 300;

  private ParseChecks() {}

  static void condition(ExpressionKind kind, Syntax root) {
    common(kind, List.of(root), () -> misusedInCondition(kind, root, true));
  }

  static void update(List<Syntax.Action> actions) {
    common(ExpressionKind.UPDATE, new ArrayList<>(actions), () -> {
      for (Syntax.Action a : actions) if (a.value() != null) misusedInUpdate(a.value(), false);
    });
  }

  static void projection(List<Syntax.PathRef> paths) {
    common(ExpressionKind.PROJECTION, new ArrayList<>(paths), () -> {});
  }

  private static void common(ExpressionKind kind, List<Syntax> roots, Runnable misuse) {
    List<Syntax> nodes = new ArrayList<>();
    for (Syntax root : roots) preOrder(root, nodes);
    for (Syntax n : nodes) {
      if (n instanceof Syntax.Paren p && p.inner() instanceof Syntax.Paren) throw Errors.redundantParentheses(kind);
    }
    for (Syntax n : nodes) {
      if (n instanceof Syntax.Call c && !Functions.exists(c.name())) throw Errors.unknownFunction(kind, c.name());
    }
    misuse.run();
    for (Syntax n : nodes) {
      if (!(n instanceof Syntax.PathRef p)) continue;
      for (Syntax.Step s : p.steps()) {
        if (s instanceof Syntax.Word w && ReservedWords.isReserved(w.text())) throw Errors.reserved(kind, w.text());
      }
    }
    limits(kind, nodes);
  }

  private static void limits(ExpressionKind kind, List<Syntax> nodes) {
    int operators = 0;
    for (Syntax n : nodes) {
      if (n instanceof Syntax.PathRef p && p.steps().size() > PathRules.MAX_DEPTH) {
        throw Errors.nesting(kind, p.steps().size());
      }
      if (n instanceof Syntax.In in && in.candidates().size() + 1 > MAX_IN_OPERANDS) {
        throw Errors.tooManyInOperands(kind, in.candidates().size() + 1);
      }
      if (isOperator(n)) operators++;
    }
    if (operators > MAX_OPERATORS) throw Errors.tooManyOperators(kind, operators);
  }

  private static boolean isOperator(Syntax n) {
    return n instanceof Syntax.Compare || n instanceof Syntax.Between || n instanceof Syntax.In
        || n instanceof Syntax.And || n instanceof Syntax.Or || n instanceof Syntax.Not
        || n instanceof Syntax.Call || n instanceof Syntax.Arith;
  }

  /** Condition functions must stand alone; size and the update functions must not. */
  private static void misusedInCondition(ExpressionKind kind, Syntax node, boolean asCondition) {
    if (node instanceof Syntax.Call c) {
      if (Functions.isUpdateOnly(c.name())) throw Errors.notInCondition(kind, c.name());
      if (asCondition != Functions.isBoolean(c.name())) throw Errors.misusedFunction(kind, c.name());
    }
    boolean childrenAsConditions = node instanceof Syntax.And || node instanceof Syntax.Or
        || node instanceof Syntax.Not || (node instanceof Syntax.Paren && asCondition);
    for (Syntax child : node.children()) misusedInCondition(kind, child, childrenAsConditions);
  }

  /** SET values take only if_not_exists and list_append, and list_append does not nest. */
  private static void misusedInUpdate(Syntax node, boolean inListAppend) {
    boolean listAppend = false;
    if (node instanceof Syntax.Call c) {
      if (!Functions.isUpdateOnly(c.name())) throw Errors.notInUpdate(c.name());
      listAppend = c.name().equals(Functions.LIST_APPEND);
      if (listAppend && inListAppend) throw Errors.misusedFunction(ExpressionKind.UPDATE, c.name());
    }
    boolean childrenInListAppend = node instanceof Syntax.Paren ? inListAppend : listAppend;
    for (Syntax child : node.children()) misusedInUpdate(child, childrenInListAppend);
  }

  static void preOrder(Syntax node, List<Syntax> out) {
    out.add(node);
    for (Syntax child : node.children()) preOrder(child, out);
  }
}
