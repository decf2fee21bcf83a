package io.dynasql.engine.api;

import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.expr.Condition;
import io.dynasql.engine.expr.KeyCondition;
import io.dynasql.engine.model.AttributeValue;
import java.util.Map;
import java.util.Set;

/**
 * Query: the items of one partition key (on the table or an index), optionally narrowed by a sort
 * key condition, read in key order, filtered and projected, one page (1 MB or Limit) at a time.
 * Build with {@link #builder(String)}.
 *
 * <p>Each expression is given either as DynamoDB's expression string or as a typed tree (the SQL
 * layer's way: it never builds strings); giving both of one is a validation error.
 *
 * @param keyCondition the key condition as a tree, or null (then the expression string)
 * @param filter the filter as a tree, or null
 * @param attributes the top-level attributes to return (a typed projection), or null
 * @param readSet where to record the table key and version of every item returned (not a
 *     DynamoDB parameter: the SQL layer's optimistic concurrency), or null
 * @param expectedTable the catalog entry the reader planned against, or null: a reader reading
 *     page by page then fails with ResourceNotFound when the table (or index) was dropped or
 *     created again since, instead of ending early or reading the new table (not DynamoDB's)
 */
public record QueryRequest(String tableName, String indexName, String keyConditionExpression,
    String filterExpression, String projectionExpression, Expr expr, boolean scanIndexForward,
    Integer limit, Map<String, AttributeValue> exclusiveStartKey, Select select, boolean consistentRead,
    KeyCondition keyCondition, Condition filter, Set<String> attributes, ReadSet readSet,
    TableDescriptor expectedTable) {

  public QueryRequest {
    expr = expr == null ? Expr.NONE : expr;
    attributes = attributes == null ? null : Set.copyOf(attributes);
  }

  public static Builder builder(String tableName) {
    return new Builder(tableName);
  }

  /** Fluent builder; everything but the table and key condition is optional. */
  public static final class Builder {
    private final String tableName;
    private String indexName;
    private String keyConditionText;
    private String filterText;
    private String projection;
    private Expr expr = Expr.NONE;
    private boolean forward = true;
    private Integer limit;
    private Map<String, AttributeValue> startKey;
    private Select select;
    private boolean consistent;
    private KeyCondition keyCondition;
    private Condition filter;
    private Set<String> attributes;
    private ReadSet readSet;
    private TableDescriptor expectedTable;

    private Builder(String tableName) { this.tableName = tableName; }

    public Builder index(String v) { indexName = v; return this; }
    public Builder keyCondition(String v) { keyConditionText = v; return this; }
    public Builder keyCondition(KeyCondition v) { keyCondition = v; return this; }
    public Builder filter(String v) { filterText = v; return this; }
    public Builder filter(Condition v) { filter = v; return this; }
    public Builder projection(String v) { projection = v; return this; }
    public Builder attributes(Set<String> v) { attributes = v; return this; }
    public Builder names(Map<String, String> v) { expr = expr.withNames(v); return this; }
    public Builder values(Map<String, AttributeValue> v) { expr = expr.withValues(v); return this; }
    public Builder scanIndexForward(boolean v) { forward = v; return this; }
    public Builder limit(Integer v) { limit = v; return this; }
    public Builder exclusiveStartKey(Map<String, AttributeValue> v) { startKey = v; return this; }
    public Builder select(Select v) { select = v; return this; }
    public Builder consistentRead(boolean v) { consistent = v; return this; }
    public Builder readSet(ReadSet v) { readSet = v; return this; }
    public Builder expectedTable(TableDescriptor v) { expectedTable = v; return this; }

    public QueryRequest build() {
      return new QueryRequest(tableName, indexName, keyConditionText, filterText, projection, expr, forward,
          limit, startKey, select, consistent, keyCondition, filter, attributes, readSet, expectedTable);
    }
  }
}
