package io.dynasql.engine.expr;

import static io.dynasql.engine.expr.Fx.condition;
import static io.dynasql.engine.expr.Fx.fails;
import static io.dynasql.engine.expr.Fx.map;
import static io.dynasql.engine.model.AttributeValue.n;

import io.dynasql.engine.model.AttributeValue;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LimitsTest {

  @Test
  void expressionsAreAtMost4096Utf8Bytes() {
    String ok = "a = b AND c" + " ".repeat(4096 - 15) + " = d";
    Expressions.parseCondition("ConditionExpression", ok);
    fails("Invalid ConditionExpression: Expression size has exceeded the maximum allowed size; expression size: 4097",
        () -> Expressions.parseCondition("ConditionExpression", ok + " "));
    String accents = "SET a = b" + " ".repeat(4086) + "\u00e9";
    fails("Invalid UpdateExpression: Expression size has exceeded the maximum allowed size; expression size: 4097",
        () -> Expressions.parseUpdate(accents));
  }

  @Test
  void blankExpressionsAreEmpty() {
    fails("Invalid UpdateExpression: The expression can not be empty;", () -> Expressions.parseUpdate(""));
    fails("Invalid ProjectionExpression: The expression can not be empty;", () -> Expressions.parseProjection("  "));
  }

  @Test
  void inTakesAtMost100Operands() {
    StringBuilder in = new StringBuilder("a IN (:v0");
    Map<String, AttributeValue> values = map(":v0", n(0));
    for (int i = 1; i < 99; i++) {
      in.append(", :v").append(i);
      values.put(":v" + i, n(i));
    }
    Fx.condition(ExpressionKind.FILTER, in + ")", null, values);
    fails("Invalid FilterExpression: The IN operator is provided with too many operands; number of operands: 101",
        () -> Fx.condition(ExpressionKind.FILTER, in + ", :v0)", null, values));
  }

  @Test
  void atMost300OperatorsAndFunctions() {
    String ok = "a = b" + " AND a = b".repeat(149);
    Expressions.parseCondition("ConditionExpression", ok);
    fails("Invalid ConditionExpression: The expression contains too many operators; operator count: 301",
        () -> Expressions.parseCondition("ConditionExpression", ok + " OR c = d"));
    fails("Invalid UpdateExpression: The expression contains too many operators; operator count: 301",
        () -> Expressions.parseUpdate("SET a = b + c" + ", a = b + c".repeat(300)));
  }

  @Test
  void pathsNestAtMost32Levels() {
    condition("attribute_exists(a" + "[0]".repeat(31) + ")");
    fails("Invalid ConditionExpression: The document path has too many nesting levels; nesting levels: 33",
        () -> condition("attribute_exists(a" + "[0]".repeat(32) + ")"));
    fails("Invalid UpdateExpression: The document path has too many nesting levels; nesting levels: 34",
        () -> Expressions.parseUpdate("REMOVE a" + ".b".repeat(33)));
  }

  @Test
  void parenthesesNestAtMost32Deep() {
    String deep = "(a = b AND ".repeat(32) + "c = d" + ")".repeat(32);
    condition(deep);
    String deeper = "(a = b AND ".repeat(33) + "c = d" + ")".repeat(33);
    fails("Invalid ConditionExpression: Syntax error; token: \"(\", near: \"AND (a\"", () -> condition(deeper));
  }

  @Test
  void deeplyNestedTextFailsCleanly() {
    fails("Invalid ConditionExpression: The expression contains too many operators; operator count: 1001",
        () -> Expressions.parseCondition("ConditionExpression", "NOT ".repeat(1000) + "a = b"));
    fails("Invalid ConditionExpression: The expression contains too many operators; operator count: 681",
        () -> Expressions.parseCondition("ConditionExpression", "size(".repeat(680) + "a" + ")".repeat(680) + " > b"));
    fails("Invalid ConditionExpression: Syntax error; token: \"(\", near: \"(((\"",
        () -> Expressions.parseCondition("ConditionExpression", "(".repeat(2000) + "a = b" + ")".repeat(2000)));
  }

  @Test
  void listIndexesMustFitAnInt() {
    fails("Invalid ProjectionExpression: List index is not within the allowable range",
        () -> Expressions.parseProjection("a[99999999999]"));
  }
}
