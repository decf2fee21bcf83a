package io.dynasql.engine.ops;

import io.dynasql.engine.api.Expr;
import io.dynasql.engine.error.ValidationException;
import io.dynasql.engine.expr.Condition;
import io.dynasql.engine.expr.ConditionAttributes;
import io.dynasql.engine.expr.Expressions;
import io.dynasql.engine.expr.KeyCondition;
import io.dynasql.engine.expr.Path;
import io.dynasql.engine.expr.Placeholders;
import io.dynasql.engine.expr.ProjectionExpression;
import io.dynasql.engine.expr.Projector;
import io.dynasql.engine.expr.SortKeyCondition;
import io.dynasql.engine.expr.UpdateExpression;
import io.dynasql.engine.expr.UpdateResult;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.KeySchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The expressions of one request, compiled against one shared set of placeholders: parsed
 * (cached by text), resolved, and wrapped as {@link Compiled} functions. After compiling them
 * all, {@link #checkAllUsed()} rejects placeholders no expression used, as DynamoDB does.
 */
final class RequestExpressions {
  /** A Query's resolved key condition. */
  record Key(AttributeValue partitionKey, SortKeyCondition sort) {}

  private final Placeholders placeholders;
  private final List<String> projected = new ArrayList<>();

  private RequestExpressions(Placeholders placeholders) {
    this.placeholders = placeholders;
  }

  static RequestExpressions of(Expr expr) {
    return of(expr.names(), expr.values());
  }

  static RequestExpressions of(Map<String, String> names, Map<String, AttributeValue> values) {
    return new RequestExpressions(Placeholders.of(names, values));
  }

  /**
   * The projection of a request whose only expression is a projection (GetItem). With neither
   * names nor a projection there is nothing to resolve or to find unused, so no placeholders are
   * built: most gets read whole items.
   */
  static Compiled.Projection projectionOnly(Map<String, String> names, String text) {
    if (names == null && text == null) return null;
    RequestExpressions ex = of(names, null);
    Compiled.Projection projection = ex.projection(text);
    ex.checkAllUsed();
    return projection;
  }

  /** A condition or filter of the given kind, or null when there is none. */
  Compiled.Condition condition(String kind, String text) {
    return condition(kind, text, null);
  }

  /**
   * A Query's filter: DynamoDB rejects filters on the key attributes of the table or index read
   * (they belong in the key condition).
   */
  Compiled.Condition filter(String text, KeySchema keys) {
    return condition("FilterExpression", text, keys);
  }

  private Compiled.Condition condition(String kind, String text, KeySchema forbidden) {
    if (text == null) return null;
    Condition c = Expressions.resolve(Expressions.parseCondition(kind, text), placeholders);
    if (forbidden != null) {
      for (String a : ConditionAttributes.of(c)) {
        if (forbidden.isKeyAttribute(a)) {
          throw new ValidationException("Filter Expression can only contain non-primary key attributes: Primary key attribute: " + a);
        }
      }
    }
    return Compiled.Filter.of(c);
  }

  /** An update; with no expression, UpdateItem just creates or keeps the item. */
  Compiled.Update update(String text) {
    if (text == null) return (old, keys) -> new Compiled.Updated(old, item -> Map.of());
    UpdateExpression u = Expressions.resolve(Expressions.parseUpdate(text), placeholders);
    return (old, keys) -> {
      UpdateResult r = Expressions.apply(u, old, keys);
      List<Path> paths = r.updatedPaths();
      return new Compiled.Updated(r.item(), item -> Projector.project(paths, item));
    };
  }

  /** A projection, or null (all attributes) when there is none. */
  Compiled.Projection projection(String text) {
    if (text == null) return null;
    ProjectionExpression p = Expressions.resolve(Expressions.parseProjection(text), placeholders);
    for (Path path : p.paths()) projected.add(path.attribute());
    return item -> Expressions.project(p, item);
  }

  /** A Query's key condition against the key schema of the table or index read. */
  Key keyCondition(String text, KeySchema schema) {
    Condition c = Expressions.resolve(Expressions.parseCondition("KeyConditionExpression", text), placeholders);
    KeyCondition k = Expressions.keyCondition(c, schema);
    return new Key(k.partitionValue(), k.sortCondition());
  }

  /** Top-level attribute names of the projection compiled so far. */
  List<String> projectedTopLevelNames() {
    return projected;
  }

  void checkAllUsed() {
    placeholders.checkAllUsed();
  }
}
