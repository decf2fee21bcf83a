package io.dynasql.engine.expr;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A resolved update expression: its actions in the order written, clause by clause. Building one
 * checks what DynamoDB checks before touching an item: no two actions may write overlapping or
 * conflicting document paths, and no path may be nested more than 32 levels.
 *
 * @param actions the SET, REMOVE, ADD and DELETE actions
 */
public record UpdateExpression(List<UpdateAction> actions) {
  public UpdateExpression {
    actions = Collections.unmodifiableList(new ArrayList<>(actions));
    if (actions.isEmpty()) throw new IllegalArgumentException("an update needs an action");
    List<Path> paths = new ArrayList<>();
    for (UpdateAction action : actions) paths.add(action.path());
    PathRules.checkDepth(ExpressionKind.UPDATE, paths);
    PathRules.checkDisjoint(ExpressionKind.UPDATE, paths);
  }

  /** Prints the expression with values inline. */
  @Override
  public String toString() {
    return Printer.readable(this);
  }
}
