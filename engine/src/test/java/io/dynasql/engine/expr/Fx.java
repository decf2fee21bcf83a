package io.dynasql.engine.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dynasql.engine.error.ValidationException;
import io.dynasql.engine.model.AttributeValue;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;

/** Short ways to build items, placeholder maps and resolved expressions in tests. */
final class Fx {
  private Fx() {}

  /** A map from alternating keys and values. */
  @SuppressWarnings("unchecked")
  static <V> Map<String, V> map(Object... keysAndValues) {
    Map<String, V> out = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) out.put((String) keysAndValues[i], (V) keysAndValues[i + 1]);
    return out;
  }

  static Map<String, AttributeValue> item(Object... keysAndValues) {
    return map(keysAndValues);
  }

  /** Parses and resolves a ConditionExpression with values only. */
  static Condition condition(String text, Object... values) {
    return condition(ExpressionKind.CONDITION, text, null, values.length == 0 ? null : map(values));
  }

  static Condition condition(ExpressionKind kind, String text, Map<String, String> names,
      Map<String, AttributeValue> values) {
    Placeholders p = Placeholders.of(names, values);
    Condition c = Expressions.parseCondition(kind, text).resolve(p);
    p.checkAllUsed();
    return c;
  }

  static UpdateExpression update(String text, Object... values) {
    return update(text, null, values.length == 0 ? null : map(values));
  }

  static UpdateExpression update(String text, Map<String, String> names, Map<String, AttributeValue> values) {
    Placeholders p = Placeholders.of(names, values);
    UpdateExpression u = Expressions.parseUpdate(text).resolve(p);
    p.checkAllUsed();
    return u;
  }

  static ProjectionExpression projection(String text, Object... names) {
    Placeholders p = Placeholders.of(names.length == 0 ? null : map(names), null);
    ProjectionExpression e = Expressions.parseProjection(text).resolve(p);
    p.checkAllUsed();
    return e;
  }

  /** Asserts {@code action} fails with a ValidationException carrying exactly {@code message}. */
  static void fails(String message, Executable action) {
    ValidationException e = assertThrows(ValidationException.class, action);
    assertEquals(message, e.getMessage());
  }
}
