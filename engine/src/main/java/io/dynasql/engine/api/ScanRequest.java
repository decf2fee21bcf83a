package io.dynasql.engine.api;

import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.expr.Condition;
import io.dynasql.engine.model.AttributeValue;
import java.util.Map;
import java.util.Set;

/**
 * Scan: every item of a table or index, in storage order, filtered and projected, one page (1 MB
 * or Limit) at a time; {@code segment}/{@code totalSegments} split it for parallel readers.
 * Build with {@link #builder(String)}. As in {@link QueryRequest}, the filter and projection may
 * be typed instead of strings, and the SQL layer's read set and expected table ride along.
 *
 * @param filter the filter as a tree, or null (then the expression string, if any)
 * @param attributes the top-level attributes to return (a typed projection), or null
 * @param readSet where to record the table key and version of every item returned, or null
 * @param expectedTable the catalog entry the reader planned against, or null
 */
public record ScanRequest(String tableName, String indexName, String filterExpression,
    String projectionExpression, Expr expr, Integer limit, Map<String, AttributeValue> exclusiveStartKey,
    Select select, boolean consistentRead, Integer segment, Integer totalSegments,
    Condition filter, Set<String> attributes, ReadSet readSet, TableDescriptor expectedTable) {

  public ScanRequest {
    expr = expr == null ? Expr.NONE : expr;
    attributes = attributes == null ? null : Set.copyOf(attributes);
  }

  public static Builder builder(String tableName) {
    return new Builder(tableName);
  }

  /** Fluent builder; everything but the table is optional. */
  public static final class Builder {
    private final String tableName;
    private String indexName;
    private String filterText;
    private String projection;
    private Expr expr = Expr.NONE;
    private Integer limit;
    private Map<String, AttributeValue> startKey;
    private Select select;
    private boolean consistent;
    private Integer segment;
    private Integer totalSegments;
    private Condition filter;
    private Set<String> attributes;
    private ReadSet readSet;
    private TableDescriptor expectedTable;

    private Builder(String tableName) { this.tableName = tableName; }

    public Builder index(String v) { indexName = v; return this; }
    public Builder filter(String v) { filterText = v; return this; }
    public Builder filter(Condition v) { filter = v; return this; }
    public Builder projection(String v) { projection = v; return this; }
    public Builder attributes(Set<String> v) { attributes = v; return this; }
    public Builder names(Map<String, String> v) { expr = expr.withNames(v); return this; }
    public Builder values(Map<String, AttributeValue> v) { expr = expr.withValues(v); return this; }
    public Builder limit(Integer v) { limit = v; return this; }
    public Builder exclusiveStartKey(Map<String, AttributeValue> v) { startKey = v; return this; }
    public Builder select(Select v) { select = v; return this; }
    public Builder consistentRead(boolean v) { consistent = v; return this; }
    public Builder segment(int s, int total) { segment = s; totalSegments = total; return this; }
    public Builder readSet(ReadSet v) { readSet = v; return this; }
    public Builder expectedTable(TableDescriptor v) { expectedTable = v; return this; }

    public ScanRequest build() {
      return new ScanRequest(tableName, indexName, filterText, projection, expr, limit, startKey, select,
          consistent, segment, totalSegments, filter, attributes, readSet, expectedTable);
    }
  }
}
