package io.dynasql.engine.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Printing a resolved tree and parsing and resolving the text gives the same tree back. */
class RoundTripTest {

  @Property(tries = 500)
  void conditions(@ForAll long seed) {
    Condition tree = new RandomTrees(seed).condition(4);
    Printed printed = Printer.print(tree);
    Placeholders placeholders = printed.placeholders();
    Condition back = Expressions.parseCondition(ExpressionKind.CONDITION, printed.expression()).resolve(placeholders);
    placeholders.checkAllUsed();
    assertEquals(tree, back, printed.expression());
  }

  @Property(tries = 300)
  void updates(@ForAll long seed) {
    UpdateExpression tree = new RandomTrees(seed).update();
    Printed printed = Printer.print(tree);
    Placeholders placeholders = printed.placeholders();
    UpdateExpression back = Expressions.parseUpdate(printed.expression()).resolve(placeholders);
    placeholders.checkAllUsed();
    assertEquals(tree, back, printed.expression());
  }

  @Property(tries = 200)
  void projections(@ForAll long seed) {
    ProjectionExpression tree = new RandomTrees(seed).projection();
    Printed printed = Printer.print(tree);
    Placeholders placeholders = printed.placeholders();
    ProjectionExpression back = Expressions.parseProjection(printed.expression()).resolve(placeholders);
    placeholders.checkAllUsed();
    assertEquals(tree, back, printed.expression());
  }
}
