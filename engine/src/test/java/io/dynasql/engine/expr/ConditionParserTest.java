package io.dynasql.engine.expr;

import static io.dynasql.engine.expr.Fx.condition;
import static io.dynasql.engine.expr.Fx.fails;
import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.dynasql.engine.model.AttributeType;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConditionParserTest {

  private static String parsed(String text, Object... values) {
    return condition(text, values).toString();
  }

  @Test
  void comparisonsOfPathsValuesAndSize() {
    assertEquals("a = {N:1}", parsed("a = :v", ":v", n(1)));
    assertEquals("a.b[2].c <> d", parsed("a.b[2].c<>d"));
    assertEquals("size(a) >= {N:3}", parsed("size ( a ) >= :v", ":v", n(3)));
    for (String op : List.of("=", "<>", "<", "<=", ">", ">=")) {
      Condition c = condition("x " + op + " :v", ":v", n(1));
      assertEquals(ComparisonOperator.bySymbol(op), ((Condition.Comparison) c).operator());
    }
  }

  @Test
  void betweenInAndFunctions() {
    assertEquals("a BETWEEN {N:1} AND {N:2}", parsed("a between :lo AnD :hi", ":lo", n(1), ":hi", n(2)));
    assertEquals("a IN ({N:1}, b)", parsed("a in (:x, b)", ":x", n(1)));
    assertEquals("attribute_exists(a.b)", parsed("attribute_exists(a.b)"));
    assertEquals("attribute_not_exists(a)", parsed("attribute_not_exists (a)"));
    assertEquals("begins_with(a, {S:x})", parsed("begins_with(a, :p)", ":p", s("x")));
    assertEquals("contains(a, {S:x})", parsed("contains(a, :p)", ":p", s("x")));
    Condition t = condition("attribute_type(a, :t)", ":t", s("SS"));
    assertEquals(new Condition.AttributeTypeIs(Path.of("a"), AttributeType.SS), t);
  }

  @Test
  void andBindsTighterThanOrAndNotTighterThanAnd() {
    Condition c = condition("a = b OR c = d AND e = f");
    Condition.Or or = assertInstanceOf(Condition.Or.class, c);
    assertInstanceOf(Condition.And.class, or.right());
    Condition.And and = assertInstanceOf(Condition.And.class, condition("NOT a = b AND c = d"));
    assertInstanceOf(Condition.Not.class, and.left());
    assertInstanceOf(Condition.Not.class, ((Condition.Not) condition("not NOT a = b")).condition());
  }

  @Test
  void parenthesesGroupConditionsAndOperands() {
    Condition.And and = assertInstanceOf(Condition.And.class, condition("(a = b OR c = d) AND e = f"));
    assertInstanceOf(Condition.Or.class, and.left());
    assertEquals("a = b", parsed("(a) = (b)"));
    assertEquals("a BETWEEN b AND c", parsed("(a)between(b)and(c)"));
    assertEquals("attribute_exists(a)", parsed("(attribute_exists(a))"));
    assertEquals("a = b AND c = d", parsed("(a = b) AND (c = d)"));
  }

  @Test
  void andAndOrAreLeftAssociative() {
    Condition.And and = assertInstanceOf(Condition.And.class, condition("a = b AND c = d AND e = f"));
    assertInstanceOf(Condition.And.class, and.left());
  }

  @Test
  void placeholdersMayStartWithDigitsOrUnderscore() {
    assertEquals("x = {N:1}", Fx.condition(ExpressionKind.FILTER, "#1_a = :_9", Fx.map("#1_a", "x"),
        Fx.map(":_9", n(1))).toString());
  }

  @Test
  void syntaxErrorsQuoteTheTokenAndItsNeighbours() {
    fails("Invalid ConditionExpression: Syntax error; token: \"4\", near: \"> 4\"", () -> condition("a > 4"));
    fails("Invalid ConditionExpression: Syntax error; token: \"are\", near: \"things are not\"",
        () -> condition("things are not gonna be ok"));
    fails("Invalid ConditionExpression: Syntax error; token: \"<EOF>\", near: \"a\"", () -> condition("a"));
    fails("Invalid ConditionExpression: Syntax error; token: \"<EOF>\", near: \"=\"", () -> condition("a ="));
    fails("Invalid ConditionExpression: Syntax error; token: \"-\", near: \"Pictures-RearView\"",
        () -> condition("attribute_exists(Pictures-RearView)"));
    fails("Invalid ConditionExpression: Syntax error; token: \")\", near: \"()\"", () -> condition("a IN ()"));
    fails("Invalid ConditionExpression: Syntax error; token: \"_\", near: \"_a\"", () -> condition("_a = b"));
    fails("Invalid ConditionExpression: Syntax error; token: \"between\", near: \"> between\"",
        () -> condition("a > between"));
    fails("Invalid ConditionExpression: Syntax error; token: \"AND\", near: \"a AND b\"", () -> condition("a AND b = c"));
    fails("Invalid ConditionExpression: Syntax error; token: \"=\", near: \") = c\"", () -> condition("(a = b) = c"));
    fails("Invalid ConditionExpression: Syntax error; token: \":a\", near: \"[:a]\"", () -> condition("b[:a] > a"));
    fails("Invalid ConditionExpression: Syntax error; token: \".\", near: \").b\"", () -> condition("size(a).b > a"));
  }

  @Test
  void grammarIsAnchoredAtTheEnd() {
    fails("Invalid ConditionExpression: Syntax error; token: \"c\", near: \"b c\"", () -> condition("a = b c"));
    fails("Invalid ConditionExpression: Syntax error; token: \")\", near: \"b)\"", () -> condition("a = b)"));
  }

  @Test
  void theKindNamesTheParameter() {
    fails("Invalid FilterExpression: Syntax error; token: \"<EOF>\", near: \"a\"",
        () -> Expressions.parseCondition("FilterExpression", "a"));
    fails("Invalid KeyConditionExpression: The expression can not be empty;",
        () -> Expressions.parseCondition("KeyConditionExpression", ""));
  }

  @Test
  void redundantParenthesesAreRejected() {
    String message = "Invalid ConditionExpression: The expression has redundant parentheses;";
    fails(message, () -> condition("a = a AND a > ((views))"));
    fails(message, () -> condition("a=a AND ((a=a AND a=a)) AND a=a"));
    fails(message, () -> condition("((a = b))"));
  }

  @Test
  void functionNamesAreCaseSensitiveAndChecked() {
    fails("Invalid ConditionExpression: Invalid function name; function: whatever",
        () -> condition("a = a AND whatever((b)) > a"));
    fails("Invalid ConditionExpression: Invalid function name; function: Size", () -> condition("Size(a) > b"));
  }

  @Test
  void functionsMustBeUsedInTheirPlace() {
    String prefix = "Invalid ConditionExpression: The function is not allowed to be used this way in an expression; function: ";
    fails(prefix + "size", () -> condition("size(a)"));
    fails(prefix + "attribute_not_exists", () -> condition("attribute_not_exists(a) > b"));
    fails(prefix + "contains", () -> condition("size(contains(a, b)) > a"));
    fails(prefix + "attribute_exists", () -> condition("a IN (b, attribute_exists(c))"));
    fails("Invalid ConditionExpression: The function is not allowed in a condition expression; function: if_not_exists",
        () -> condition("if_not_exists(a, b) = c"));
  }

  @Test
  void reservedWordsNeedPlaceholders() {
    fails("Invalid ConditionExpression: Attribute name is a reserved keyword; reserved keyword: abOrT",
        () -> condition(":a < abOrT", ":a", n(1)));
    fails("Invalid ConditionExpression: Attribute name is a reserved keyword; reserved keyword: status",
        () -> condition("a.status = b"));
    assertEquals("status = {S:x}", Fx.condition(ExpressionKind.CONDITION, "#s = :v", Fx.map("#s", "status"),
        Fx.map(":v", s("x"))).toString());
  }
}
