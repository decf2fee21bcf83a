package io.dynasql.pushdown;

import io.dynasql.engine.expr.ComparisonOperator;
import io.dynasql.engine.expr.Condition;
import io.dynasql.engine.expr.Path;
import io.dynasql.engine.expr.Value;
import io.dynasql.engine.model.AttributeValue;

/**
 * A filter pushed into the store, as planned: comparisons of attributes with literals or
 * {@code ?} parameters, prefixes, AND and OR. Bound into an engine {@link Condition} at
 * execution, so one cached plan serves every parameter value.
 */
public sealed interface FilterSpec {
  /** The store condition for these parameter values, or null when no item can match (a NULL value). */
  Condition bind(Binder binder);

  /**
   * {@code attribute op value}; {@code <>} also requires the attribute to exist, because the store
   * finds a missing attribute unequal while SQL finds NULL unknown.
   */
  record Compare(String attribute, ComparisonOperator op, KeyValue value) implements FilterSpec {
    @Override
    public Condition bind(Binder binder) {
      AttributeValue v = binder.bind(value);
      if (v == null) return null;
      Path p = Path.of(attribute);
      Condition c = new Condition.Comparison(op, p, new Value(v));
      return op == ComparisonOperator.NE ? new Condition.And(new Condition.AttributeExists(p), c) : c;
    }

    @Override
    public String toString() {
      return attribute + " " + op.symbol() + " " + value;
    }
  }

  /** {@code begins_with(attribute, prefix)}: SQL's {@code LIKE 'prefix%'}. */
  record Prefix(String attribute, String prefix) implements FilterSpec {
    @Override
    public Condition bind(Binder binder) {
      return new Condition.BeginsWith(Path.of(attribute), new Value(AttributeValue.s(prefix)));
    }

    @Override
    public String toString() {
      return "begins_with(" + attribute + ", " + AttributeText.of(AttributeValue.s(prefix)) + ")";
    }
  }

  /** Both. */
  record And(FilterSpec left, FilterSpec right) implements FilterSpec {
    @Override
    public Condition bind(Binder binder) {
      Condition l = left.bind(binder);
      Condition r = right.bind(binder);
      return l == null || r == null ? null : new Condition.And(l, r);
    }

    @Override
    public String toString() {
      return left + " AND " + right;
    }
  }

  /** Either. */
  record Or(FilterSpec left, FilterSpec right) implements FilterSpec {
    @Override
    public Condition bind(Binder binder) {
      Condition l = left.bind(binder);
      Condition r = right.bind(binder);
      if (l == null) return r;
      if (r == null) return l;
      return new Condition.Or(l, r);
    }

    @Override
    public String toString() {
      return "(" + left + " OR " + right + ")";
    }
  }
}
