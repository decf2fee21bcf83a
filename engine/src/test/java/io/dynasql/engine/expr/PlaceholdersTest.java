package io.dynasql.engine.expr;

import static io.dynasql.engine.expr.Fx.fails;
import static io.dynasql.engine.expr.Fx.map;
import static io.dynasql.engine.model.AttributeValue.n;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynasql.engine.model.AttributeValue;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {

  @Test
  void presentButEmptyMapsAreRejected() {
    fails("ExpressionAttributeNames must not be empty", () -> Placeholders.of(Map.of(), null));
    fails("ExpressionAttributeValues must not be empty", () -> Placeholders.of(null, Map.of()));
  }

  @Test
  void keysMustBePlaceholders() {
    fails("ExpressionAttributeNames contains invalid key: Syntax error; key: \"a\"",
        () -> Placeholders.of(map("a", "a"), null));
    fails("ExpressionAttributeValues contains invalid key: Syntax error; key: \":a-b\"",
        () -> Placeholders.of(null, map(":a-b", n(1))));
  }

  @Test
  void undefinedPlaceholdersAreReportedInTextOrder() {
    Placeholders p = Placeholders.of(map("#a", "a"), map(":a", n(1)));
    fails("Invalid FilterExpression: An expression attribute value used in expression is not defined; "
        + "attribute value: :hello",
        () -> Expressions.parseCondition("FilterExpression", "begins_with(:hello, #b)").resolve(p));
    fails("Invalid FilterExpression: An expression attribute name used in the document path is not defined; "
        + "attribute name: #P",
        () -> Expressions.parseCondition("FilterExpression", "(#P between :lo and :hi) and #a = :a").resolve(p));
    fails("Invalid UpdateExpression: An expression attribute value used in expression is not defined; "
        + "attribute value: :c",
        () -> Expressions.parseUpdate("SET #a = if_not_exists(:c)").resolve(p));
  }

  @Test
  void unusedNamesAreReportedBeforeUnusedValues() {
    Placeholders p = Placeholders.of(map("#a", "a", "#b", "b"), map(":a", n(1), ":b", n(2), ":c", n(3)));
    Expressions.parseUpdate("SET x = :a").resolve(p);
    fails("Value provided in ExpressionAttributeNames unused in expressions: keys: {#a, #b}", p::checkAllUsed);
    Expressions.parseCondition("ConditionExpression", "#a = :b AND #b <> :b").resolve(p);
    fails("Value provided in ExpressionAttributeValues unused in expressions: keys: {:c}", p::checkAllUsed);
  }

  @Test
  void sharedAcrossARequestsExpressions() {
    Placeholders p = Placeholders.of(map("#k", "k"), map(":v", n(1)));
    Condition c = Expressions.parseCondition("ConditionExpression", "attribute_exists(#k)").resolve(p);
    UpdateExpression u = Expressions.parseUpdate("SET #k = :v").resolve(p);
    p.checkAllUsed();
    assertEquals(new Condition.AttributeExists(Path.of("k")), c);
    assertEquals(new UpdateAction.Set(Path.of("k"), new Value(n(1))), u.actions().get(0));
  }

  @Test
  void noPlaceholdersAtAll() {
    Placeholders none = Placeholders.none();
    fails("Invalid ConditionExpression: An expression attribute value used in expression is not defined; "
        + "attribute value: :v", () -> Expressions.parseCondition("ConditionExpression", "a = :v").resolve(none));
    none.checkAllUsed();
    Map<String, AttributeValue> absent = null;
    Placeholders.of(null, absent).checkAllUsed();
  }
}
