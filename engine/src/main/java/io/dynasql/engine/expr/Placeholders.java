package io.dynasql.engine.expr;

import io.dynasql.engine.error.ValidationException;
import io.dynasql.engine.model.AttributeValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One request's ExpressionAttributeNames and ExpressionAttributeValues, shared by all of its
 * expressions. Resolving an expression marks the placeholders it uses; {@link #checkAllUsed()}
 * then rejects any the request defined but never used, as DynamoDB does. Not thread-safe: it
 * belongs to one request.
 */
public final class Placeholders {
  private static final Pattern NAME_KEY = Pattern.compile("#[0-9a-zA-Z_]+");
  private static final Pattern VALUE_KEY = Pattern.compile(":[0-9a-zA-Z_]+");

  private final Map<String, String> names;
  private final Map<String, AttributeValue> values;
  private final Set<String> unusedNames;
  private final Set<String> unusedValues;

  private Placeholders(Map<String, String> names, Map<String, AttributeValue> values) {
    this.names = names;
    this.values = values;
    this.unusedNames = new LinkedHashSet<>(names.keySet());
    this.unusedValues = new LinkedHashSet<>(values.keySet());
  }

  /**
   * Validates and wraps a request's maps. Either may be null (the parameter was absent); a
   * present but empty map, or a key that is not {@code #word} / {@code :word}, is rejected.
   */
  public static Placeholders of(Map<String, String> names, Map<String, AttributeValue> values) {
    checkKeys("ExpressionAttributeNames", names, NAME_KEY);
    checkKeys("ExpressionAttributeValues", values, VALUE_KEY);
    return new Placeholders(
        names == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(names)),
        values == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values)));
  }

  /** A request that defines no placeholders. */
  public static Placeholders none() {
    return new Placeholders(Map.of(), Map.of());
  }

  private static void checkKeys(String parameter, Map<String, ?> map, Pattern keys) {
    if (map == null) return;
    if (map.isEmpty()) throw new ValidationException(parameter + " must not be empty");
    for (String key : map.keySet()) {
      if (key == null || !keys.matcher(key).matches()) {
        throw new ValidationException(parameter + " contains invalid key: Syntax error; key: \"" + key + "\"");
      }
    }
  }

  /** The attribute name {@code placeholder} stands for; marks it used. */
  String name(ExpressionKind kind, String placeholder) {
    String name = names.get(placeholder);
    if (name == null) throw Errors.undefinedName(kind, placeholder);
    unusedNames.remove(placeholder);
    return name;
  }

  /** The value {@code placeholder} stands for; marks it used. */
  AttributeValue value(ExpressionKind kind, String placeholder) {
    AttributeValue value = values.get(placeholder);
    if (value == null) throw Errors.undefinedValue(kind, placeholder);
    unusedValues.remove(placeholder);
    return value;
  }

  /**
   * Call once every expression of the request is resolved: fails if a name, then if a value,
   * was defined but never used.
   */
  public void checkAllUsed() {
    if (!unusedNames.isEmpty()) {
      throw new ValidationException("Value provided in ExpressionAttributeNames unused in expressions: keys: {"
          + String.join(", ", unusedNames) + "}");
    }
    if (!unusedValues.isEmpty()) {
      throw new ValidationException("Value provided in ExpressionAttributeValues unused in expressions: keys: {"
          + String.join(", ", unusedValues) + "}");
    }
  }
}
