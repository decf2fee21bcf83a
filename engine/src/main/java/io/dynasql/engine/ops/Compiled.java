package io.dynasql.engine.ops;

import io.dynasql.engine.model.AttributeValue;
import java.util.Map;
import java.util.Set;

/**
 * Expressions of one request, parsed and resolved, ready to run against items. Operations use
 * only these shapes; {@link RequestExpressions} builds them from a request's strings, and the
 * SQL layer can build them from trees.
 */
final class Compiled {
  private Compiled() {}

  /** A condition or filter. */
  @FunctionalInterface
  public interface Condition {
    boolean test(Map<String, AttributeValue> item);
  }

  /**
   * A resolved condition tree as a filter, with the top-level attributes it reads: a page reader
   * then decodes only those (and what it returns) instead of whole items, since the condition
   * cannot tell an attribute it does not read from an absent one.
   */
  public record Filter(io.dynasql.engine.expr.Condition tree, Set<String> attributes) implements Condition {
    public Filter {
      attributes = Set.copyOf(attributes);
    }

    /** The filter of {@code tree}. */
    static Filter of(io.dynasql.engine.expr.Condition tree) {
      return new Filter(tree, io.dynasql.engine.expr.ConditionAttributes.of(tree));
    }

    @Override
    public boolean test(Map<String, AttributeValue> item) {
      return io.dynasql.engine.expr.Expressions.evaluate(tree, item);
    }
  }

  /** A projection. */
  @FunctionalInterface
  public interface Projection {
    Map<String, AttributeValue> apply(Map<String, AttributeValue> item);
  }

  /** An update: a pure function of the old item (empty map when absent). */
  @FunctionalInterface
  public interface Update {
    Updated apply(Map<String, AttributeValue> oldItem, Set<String> keyAttributes);
  }

  /**
   * A projection to top-level attributes. Readers that know it need only decode these
   * attributes (and the keys they report), instead of decoding whole items and copying.
   */
  public record Attributes(java.util.Set<String> names) implements Projection {
    public Attributes {
      names = java.util.Set.copyOf(names);
    }

    @Override
    public Map<String, AttributeValue> apply(Map<String, AttributeValue> item) {
      Map<String, AttributeValue> out = new java.util.LinkedHashMap<>();
      for (Map.Entry<String, AttributeValue> e : item.entrySet()) if (names.contains(e.getKey())) out.put(e.getKey(), e.getValue());
      return out;
    }
  }

  /** Applies {@code projection}, or returns the item whole when there is none. */
  public static Map<String, AttributeValue> project(Projection projection, Map<String, AttributeValue> item) {
    return projection == null ? item : projection.apply(item);
  }

  /** The new item and a projection to the paths the update touched (for UPDATED_OLD/NEW). */
  public record Updated(Map<String, AttributeValue> item, Projection touched) {}
}
