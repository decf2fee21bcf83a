package io.dynasql.engine.expr;

import static io.dynasql.engine.expr.Fx.fails;
import static io.dynasql.engine.expr.Fx.map;
import static io.dynasql.engine.model.AttributeValue.b;
import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.engine.expr.SortKeyCondition.Operator;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.KeySchema;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeyConditionsTest {
  private static final KeySchema HASH = KeySchema.of("pk", AttributeType.S);
  private static final KeySchema RANGE = KeySchema.of("pk", AttributeType.S, "sk", AttributeType.N);

  private static KeyCondition key(KeySchema schema, String text, Object... values) {
    Map<String, AttributeValue> v = values.length == 0 ? null : map(values);
    Condition c = Fx.condition(ExpressionKind.KEY_CONDITION, text, null, v);
    return KeyConditions.extract(c, schema);
  }

  @Test
  void partitionKeyAlone() {
    assertEquals(new KeyCondition("pk", s("x"), null), key(HASH, "pk = :v", ":v", s("x")));
    assertEquals(new KeyCondition("pk", s("x"), null), key(RANGE, ":v = pk", ":v", s("x")));
  }

  @Test
  void sortKeyConditions() {
    assertEquals(new SortKeyCondition("sk", Operator.GT, n(1), null),
        key(RANGE, "pk = :p AND sk > :v", ":p", s("x"), ":v", n(1)).sortCondition());
    assertEquals(new SortKeyCondition("sk", Operator.LE, n(1), null),
        key(RANGE, ":v >= sk AND pk = :p", ":p", s("x"), ":v", n(1)).sortCondition());
    assertEquals(new SortKeyCondition("sk", Operator.BETWEEN, n(1), n(5)),
        key(RANGE, "pk = :p AND sk BETWEEN :a AND :b", ":p", s("x"), ":a", n(1), ":b", n(5)).sortCondition());
    KeySchema strings = KeySchema.of("pk", AttributeType.S, "sk", AttributeType.S);
    assertEquals(new SortKeyCondition("sk", Operator.BEGINS_WITH, s("ab"), null),
        key(strings, "(pk = :p) AND (begins_with(sk, :v))", ":p", s("x"), ":v", s("ab")).sortCondition());
  }

  @Test
  void sortKeyConditionsMatchStoredValues() {
    assertTrue(new SortKeyCondition("sk", Operator.BETWEEN, n(1), n(5)).matches(n(5)));
    assertFalse(new SortKeyCondition("sk", Operator.BETWEEN, n(1), n(5)).matches(n(6)));
    assertTrue(new SortKeyCondition("sk", Operator.LT, s("b"), null).matches(s("a")));
    assertTrue(new SortKeyCondition("sk", Operator.BEGINS_WITH, b(new byte[] {1}), null).matches(b(new byte[] {1, 2})));
    assertFalse(new SortKeyCondition("sk", Operator.EQ, n(1), null).matches(s("1")));
  }

  @Test
  void operatorsThatCannotBeKeyConditions() {
    String p = "Invalid operator used in KeyConditionExpression: ";
    fails(p + "OR", () -> key(RANGE, "pk > :v AND size(sk) > :v OR pk > :v", ":v", n(1)));
    fails(p + "IN", () -> key(RANGE, "pk IN (:v)", ":v", s("x")));
    fails(p + "NOT", () -> key(RANGE, "NOT pk = :v", ":v", s("x")));
    fails(p + "<>", () -> key(RANGE, "pk <> :v", ":v", s("x")));
    fails(p + "attribute_exists", () -> key(RANGE, "attribute_exists(pk)"));
    fails(p + "contains", () -> key(RANGE, "contains(pk, :v)", ":v", s("x")));
    fails(p + "attribute_type", () -> key(RANGE, "attribute_type(pk, :v)", ":v", s("S")));
  }

  @Test
  void theShapeOfEachCondition() {
    fails("Invalid condition in KeyConditionExpression: BETWEEN operator must have the key attribute as its first operand",
        () -> key(RANGE, ":a BETWEEN sk AND :b", ":a", n(1), ":b", n(2)));
    fails("Invalid condition in KeyConditionExpression: begins_with operator must have the key attribute as its first operand",
        () -> key(RANGE, "begins_with(:a, sk)", ":a", s("x")));
    fails("KeyConditionExpressions cannot contain nested operations", () -> key(RANGE, "pk > size(sk)"));
    fails("Invalid condition in KeyConditionExpression: Multiple attribute names used in one condition",
        () -> key(RANGE, "sk > pk.b"));
    fails("KeyConditionExpressions cannot have conditions on nested attributes", () -> key(RANGE, "pk.d > :v", ":v", n(1)));
    fails("Invalid condition in KeyConditionExpression: No key attribute specified",
        () -> key(RANGE, ":b > :a AND pk < :b", ":a", n(1), ":b", n(2)));
  }

  @Test
  void oneConditionPerKeyAndAtMostTwo() {
    fails("KeyConditionExpressions must only contain one condition per key",
        () -> key(RANGE, "sk > :v AND sk < :v AND pk = :p", ":v", n(1), ":p", s("x")));
    fails("Conditions can be of length 1 or 2 only",
        () -> key(RANGE, "pk = :p AND sk = :v AND c = :v", ":v", n(1), ":p", s("x")));
  }

  @Test
  void againstTheKeySchema() {
    fails("Query condition missed key schema element: pk", () -> key(RANGE, "sk BETWEEN :a AND :b", ":a", n(1), ":b", n(2)));
    fails("Query condition missed key schema element: sk", () -> key(RANGE, "pk = :p AND c = :v", ":p", s("x"), ":v", n(1)));
    fails("Query key condition not supported", () -> key(HASH, "pk = :a AND sk = :a", ":a", s("1")));
    fails("Query key condition not supported", () -> key(HASH, "y = :a AND z = :a", ":a", s("1")));
    fails("Query key condition not supported", () -> key(HASH, "pk > :a", ":a", s("1")));
    fails("Query key condition not supported", () -> key(RANGE, "begins_with(pk, :a)", ":a", s("1")));
    fails("One or more parameter values were invalid: Condition parameter type does not match schema type",
        () -> key(HASH, ":a > pk", ":a", n(1)));
    fails("One or more parameter values were invalid: Condition parameter type does not match schema type",
        () -> key(RANGE, "pk = :p AND sk = :v", ":p", s("x"), ":v", s("1")));
    fails("One or more parameter values were invalid: Condition parameter type does not match schema type",
        () -> key(RANGE, "pk = :p AND begins_with(sk, :v)", ":p", s("x"), ":v", s("1")));
  }
}
