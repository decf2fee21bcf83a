package io.dynasql.engine.api;

import io.dynasql.engine.model.AttributeValue;
import java.util.Map;

/**
 * Query: the items of one partition key (on the table or an index), optionally narrowed by a sort
 * key condition, read in key order, filtered and projected, one page (1 MB or Limit) at a time.
 * Build with {@link #builder(String)}.
 */
public record QueryRequest(String tableName, String indexName, String keyConditionExpression,
    String filterExpression, String projectionExpression, Expr expr, boolean scanIndexForward,
    Integer limit, Map<String, AttributeValue> exclusiveStartKey, Select select, boolean consistentRead) {

  public QueryRequest {
    expr = expr == null ? Expr.NONE : expr;
  }

  public static Builder builder(String tableName) {
    return new Builder(tableName);
  }

  /** Fluent builder; everything but the table and key condition is optional. */
  public static final class Builder {
    private final String tableName;
    private String indexName;
    private String keyCondition;
    private String filter;
    private String projection;
    private Expr expr = Expr.NONE;
    private boolean forward = true;
    private Integer limit;
    private Map<String, AttributeValue> startKey;
    private Select select;
    private boolean consistent;

    private Builder(String tableName) { this.tableName = tableName; }

    public Builder index(String v) { indexName = v; return this; }
    public Builder keyCondition(String v) { keyCondition = v; return this; }
    public Builder filter(String v) { filter = v; return this; }
    public Builder projection(String v) { projection = v; return this; }
    public Builder names(Map<String, String> v) { expr = expr.withNames(v); return this; }
    public Builder values(Map<String, AttributeValue> v) { expr = expr.withValues(v); return this; }
    public Builder scanIndexForward(boolean v) { forward = v; return this; }
    public Builder limit(Integer v) { limit = v; return this; }
    public Builder exclusiveStartKey(Map<String, AttributeValue> v) { startKey = v; return this; }
    public Builder select(Select v) { select = v; return this; }
    public Builder consistentRead(boolean v) { consistent = v; return this; }

    public QueryRequest build() {
      return new QueryRequest(tableName, indexName, keyCondition, filter, projection, expr, forward,
          limit, startKey, select, consistent);
    }
  }
}
