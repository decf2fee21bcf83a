package io.dynasql.engine.api;

import io.dynasql.engine.catalog.RollupAggregate;
import java.util.List;

/**
 * Not a DynamoDB operation: creates a materialized view, a table of its own holding one item per
 * group of {@code tableName}'s items, kept up to date in every write's transaction.
 *
 * @param viewName the view's name, which is also its table's (DynamoDB's table-name rules)
 * @param tableName the base table
 * @param groupBy the attributes grouped by (at least one)
 * @param aggregates the aggregates kept per group; COUNT(*) is kept whether listed or not
 */
public record CreateMaterializedViewRequest(String viewName, String tableName, List<String> groupBy,
    List<RollupAggregate> aggregates) {
  public CreateMaterializedViewRequest {
    groupBy = List.copyOf(groupBy);
    aggregates = List.copyOf(aggregates);
  }
}
