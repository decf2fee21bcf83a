package io.dynasql.engine.ops;

import io.dynasql.engine.api.Expr;
import io.dynasql.engine.expr.SortKeyCondition;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.KeySchema;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Key conditions of Queries without a filter or projection, resolved once per shape: the same
 * expression text, names and key schema, with values of the same types, always resolve to the
 * same key attributes and operator, fed by the same value placeholders. Resolving one (building
 * placeholders, checking every rule DynamoDB checks) costs more than reading a small partition.
 *
 * <p>Only successful resolutions are kept, and a request is answered from the cache only when
 * its values are exactly the remembered placeholders with the remembered types: then every check
 * would pass again, except that BETWEEN's bounds must be in order, which depends on the values
 * and is checked here. Anything else (a missing, extra or retyped value, bounds out of order)
 * takes the full path, which throws the error DynamoDB would.
 */
final class KeyConditionCache {
  private static final int CAPACITY = 512;
  private static final ConcurrentHashMap<Shape, Template> CACHE = new ConcurrentHashMap<>();

  private KeyConditionCache() {}

  private record Shape(String text, Map<String, String> names, KeySchema schema) {}

  /** The resolved key condition of {@code text} against {@code schema}, as RequestExpressions would. */
  static RequestExpressions.Key key(String text, Expr expr, KeySchema schema) {
    Template t = CACHE.get(new Shape(text, expr.names(), schema));
    RequestExpressions.Key key = t == null ? null : t.apply(expr.values());
    if (key != null) return key;
    RequestExpressions ex = RequestExpressions.of(expr);
    key = ex.keyCondition(text, schema);
    ex.checkAllUsed();
    Template learned = Template.of(key, expr.values());
    if (learned != null) remember(new Shape(text, expr.names() == null ? null : Map.copyOf(expr.names()), schema), learned);
    return key;
  }

  private static void remember(Shape shape, Template t) {
    if (CACHE.size() >= CAPACITY) {
      Iterator<Shape> victims = CACHE.keySet().iterator();
      if (victims.hasNext()) CACHE.remove(victims.next());
    }
    CACHE.put(shape, t);
  }

  /** Which placeholder feeds each part of the key condition, and every placeholder's type. */
  private record Template(String partition, String sortName, SortKeyCondition.Operator operator,
      String sortValue, String sortValue2, Map<String, AttributeType> types) {

    /** Learns a template from a resolution; null when a value cannot be traced to one placeholder. */
    static Template of(RequestExpressions.Key key, Map<String, AttributeValue> values) {
      if (values == null) return null;
      SortKeyCondition s = key.sort();
      String partition = placeholderOf(values, key.partitionKey());
      String sort = s == null ? null : placeholderOf(values, s.value());
      String sort2 = s == null || s.value2() == null ? null : placeholderOf(values, s.value2());
      if (partition == null || (s != null && sort == null) || (s != null && s.value2() != null && sort2 == null)) return null;
      Map<String, AttributeType> types = new HashMap<>();
      for (Map.Entry<String, AttributeValue> e : values.entrySet()) types.put(e.getKey(), e.getValue().type());
      return s == null
          ? new Template(partition, null, null, null, null, Map.copyOf(types))
          : new Template(partition, s.name(), s.operator(), sort, sort2, Map.copyOf(types));
    }

    /** The key condition for these values, or null when they differ from the template's. */
    RequestExpressions.Key apply(Map<String, AttributeValue> values) {
      if (values == null || values.size() != types.size()) return null;
      for (Map.Entry<String, AttributeType> e : types.entrySet()) {
        AttributeValue v = values.get(e.getKey());
        if (v == null || v.type() != e.getValue()) return null;
      }
      if (sortName == null) return new RequestExpressions.Key(values.get(partition), null);
      AttributeValue low = values.get(sortValue);
      AttributeValue high = sortValue2 == null ? null : values.get(sortValue2);
      boolean inOrder = high == null || new SortKeyCondition(sortName, SortKeyCondition.Operator.LE, high, null).matches(low);
      if (!inOrder) return null;
      return new RequestExpressions.Key(values.get(partition), new SortKeyCondition(sortName, operator, low, high));
    }

    /** The one placeholder holding exactly this value object, or null. */
    private static String placeholderOf(Map<String, AttributeValue> values, AttributeValue v) {
      String found = null;
      for (Map.Entry<String, AttributeValue> e : values.entrySet()) {
        if (e.getValue() != v) continue;
        if (found != null) return null;
        found = e.getKey();
      }
      return found;
    }
  }
}
