package io.dynasql.engine.api;

import io.dynasql.engine.model.AttributeValue;
import java.util.Map;

/**
 * The placeholder maps shared by all expressions of one request:
 * {@code ExpressionAttributeNames} and {@code ExpressionAttributeValues}. Null means absent.
 */
public record Expr(Map<String, String> names, Map<String, AttributeValue> values) {
  /** No placeholders. */
  public static final Expr NONE = new Expr(null, null);

  /** Just names. */
  public static Expr names(Map<String, String> names) {
    return new Expr(names, null);
  }

  /** Just values. */
  public static Expr values(Map<String, AttributeValue> values) {
    return new Expr(null, values);
  }

  /** A copy with names added. */
  public Expr withNames(Map<String, String> n) {
    return new Expr(n, values);
  }

  /** A copy with values added. */
  public Expr withValues(Map<String, AttributeValue> v) {
    return new Expr(names, v);
  }
}
