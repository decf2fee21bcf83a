package io.dynasql.pushdown;

import io.dynasql.engine.model.AttributeValue;
import org.apache.calcite.DataContext;

/** Turns an access path's key values into attribute values, reading {@code ?} parameters. */
public final class Binder {
  private final DataContext root;
  private final DynamoSource source;

  private Binder(DataContext root, DynamoSource source) {
    this.root = root;
    this.source = source;
  }

  static Binder of(DataContext root, DynamoSource source) {
    return new Binder(root, source);
  }

  /** The value, or null when a parameter is NULL or cannot be a key of that type (no match). */
  public AttributeValue bind(KeyValue v) {
    if (v instanceof KeyValue.Literal l) return l.value();
    KeyValue.Param p = (KeyValue.Param) v;
    Object value = root.get("?" + p.index());
    return value == null ? null : source.toAttribute(p.field(), value);
  }
}
