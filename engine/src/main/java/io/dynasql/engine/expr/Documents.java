package io.dynasql.engine.expr;

import io.dynasql.engine.model.AttributeValue;
import java.util.List;
import java.util.Map;

/** Reads a document path out of an item. */
final class Documents {
  private Documents() {}

  /**
   * The value at {@code path}, or null when any step is missing, out of range, or applied to a
   * value of the wrong kind (a key on a non-map, an index on a non-list).
   */
  static AttributeValue get(Map<String, AttributeValue> item, Path path) {
    List<PathElement> steps = path.elements();
    AttributeValue current = item.get(path.attribute());
    for (int i = 1; i < steps.size() && current != null; i++) {
      current = step(current, steps.get(i));
    }
    return current;
  }

  /** One step down from {@code value}, or null. */
  static AttributeValue step(AttributeValue value, PathElement element) {
    if (element instanceof PathElement.Name n) {
      return value instanceof AttributeValue.M m ? m.values().get(n.name()) : null;
    }
    int index = ((PathElement.Index) element).index();
    if (!(value instanceof AttributeValue.L l)) return null;
    return index < l.values().size() ? l.values().get(index) : null;
  }
}
