package io.dynasql.engine.api;

import io.dynasql.engine.model.AttributeValue;
import java.util.Map;

/**
 * Scan: every item of a table or index, in storage order, filtered and projected, one page (1 MB
 * or Limit) at a time; {@code segment}/{@code totalSegments} split it for parallel readers.
 * Build with {@link #builder(String)}.
 */
public record ScanRequest(String tableName, String indexName, String filterExpression,
    String projectionExpression, Expr expr, Integer limit, Map<String, AttributeValue> exclusiveStartKey,
    Select select, boolean consistentRead, Integer segment, Integer totalSegments) {

  public ScanRequest {
    expr = expr == null ? Expr.NONE : expr;
  }

  public static Builder builder(String tableName) {
    return new Builder(tableName);
  }

  /** Fluent builder; everything but the table is optional. */
  public static final class Builder {
    private final String tableName;
    private String indexName;
    private String filter;
    private String projection;
    private Expr expr = Expr.NONE;
    private Integer limit;
    private Map<String, AttributeValue> startKey;
    private Select select;
    private boolean consistent;
    private Integer segment;
    private Integer totalSegments;

    private Builder(String tableName) { this.tableName = tableName; }

    public Builder index(String v) { indexName = v; return this; }
    public Builder filter(String v) { filter = v; return this; }
    public Builder projection(String v) { projection = v; return this; }
    public Builder names(Map<String, String> v) { expr = expr.withNames(v); return this; }
    public Builder values(Map<String, AttributeValue> v) { expr = expr.withValues(v); return this; }
    public Builder limit(Integer v) { limit = v; return this; }
    public Builder exclusiveStartKey(Map<String, AttributeValue> v) { startKey = v; return this; }
    public Builder select(Select v) { select = v; return this; }
    public Builder consistentRead(boolean v) { consistent = v; return this; }
    public Builder segment(int s, int total) { segment = s; totalSegments = total; return this; }

    public ScanRequest build() {
      return new ScanRequest(tableName, indexName, filter, projection, expr, limit, startKey, select,
          consistent, segment, totalSegments);
    }
  }
}
