package io.dynasql.engine.expr;

import io.dynasql.engine.model.AttributeValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Applies a projection to an item: keeps only the named paths, with the nesting around them.
 * Elements picked from a list keep their order and are packed together ({@code a[1], a[3]}
 * yields a two-element list); paths with nothing at them are left out silently.
 */
public final class Projector {
  private Projector() {}

  /** The parts of {@code item} that {@code projection} names. */
  public static Map<String, AttributeValue> project(ProjectionExpression projection,
      Map<String, AttributeValue> item) {
    return project(projection.paths(), item);
  }

  /**
   * The projection of {@code item} on {@code paths}, which must not overlap; also gives
   * ReturnValues UPDATED_OLD and UPDATED_NEW from {@link UpdateResult#updatedPaths()}.
   */
  public static Map<String, AttributeValue> project(List<Path> paths, Map<String, AttributeValue> item) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Path path : paths) {
      AttributeValue found = Documents.get(item, path);
      if (found != null) insert(out, path.elements(), found);
    }
    Map<String, AttributeValue> result = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : out.entrySet()) result.put(e.getKey(), freeze(e.getValue()));
    return result;
  }

  /**
   * Builds the skeleton down to {@code value}: maps for key steps, index-ordered maps for list
   * steps. Overlapping paths are refused earlier, so a leaf never lands on a skeleton node.
   */
  @SuppressWarnings("unchecked")
  private static void insert(Map<?, Object> top, List<PathElement> steps, AttributeValue value) {
    Map<Object, Object> container = (Map<Object, Object>) top;
    for (int i = 0; i < steps.size(); i++) {
      Object key = key(steps.get(i));
      if (i == steps.size() - 1) {
        container.put(key, value);
        return;
      }
      Object next = container.get(key);
      if (next == null) {
        next = steps.get(i + 1) instanceof PathElement.Index ? new TreeMap<Integer, Object>() : new LinkedHashMap<String, Object>();
        container.put(key, next);
      }
      container = (Map<Object, Object>) next;
    }
  }

  private static Object key(PathElement step) {
    return step instanceof PathElement.Name n ? n.name() : ((PathElement.Index) step).index();
  }

  @SuppressWarnings("unchecked")
  private static AttributeValue freeze(Object node) {
    if (node instanceof AttributeValue v) return v;
    if (node instanceof TreeMap<?, ?> list) {
      List<AttributeValue> elements = new ArrayList<>();
      for (Object element : list.values()) elements.add(freeze(element));
      return AttributeValue.l(elements);
    }
    Map<String, AttributeValue> map = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : ((Map<String, Object>) node).entrySet()) map.put(e.getKey(), freeze(e.getValue()));
    return AttributeValue.m(map);
  }
}
