package io.dynasql.engine.expr;

import io.dynasql.engine.model.AttributeValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Expression text printed from a resolved tree, with the placeholder maps it needs: parsing
 * {@code expression} and resolving it with {@link #placeholders()} gives the tree back.
 *
 * @param expression the text
 * @param names the {@code #name} placeholders used
 * @param values the {@code :value} placeholders used
 */
public record Printed(String expression, Map<String, String> names, Map<String, AttributeValue> values) {
  public Printed {
    names = Collections.unmodifiableMap(new LinkedHashMap<>(names));
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** Fresh placeholders for one resolution of {@link #expression()}. */
  public Placeholders placeholders() {
    return Placeholders.of(names.isEmpty() ? null : names, values.isEmpty() ? null : values);
  }
}
