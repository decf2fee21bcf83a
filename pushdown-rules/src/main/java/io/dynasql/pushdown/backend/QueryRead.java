package io.dynasql.pushdown.backend;

import io.dynasql.engine.api.ReadSet;
import io.dynasql.engine.expr.Condition;
import io.dynasql.engine.expr.KeyCondition;
import io.dynasql.engine.model.AttributeValue;
import java.util.Map;
import java.util.Set;

/**
 * One page of a Query: the items of one partition key value, in sort-key order.
 *
 * @param index the index read, or null for the table
 * @param key the partition key value and the sort-key condition, as a typed tree
 * @param filter applied by the store after reading, or null
 * @param projection the top-level attributes to return, or null for whole items (or entries)
 * @param forward ascending sort-key order
 * @param limit most items to evaluate in this page, or null for a full page
 * @param startKey the previous page's last evaluated key, or null
 * @param consistent strongly consistent reads
 * @param readSet where the store records what it returns, or null
 */
public record QueryRead(String index, KeyCondition key, Condition filter, Set<String> projection,
    boolean forward, Integer limit, Map<String, AttributeValue> startKey, boolean consistent,
    ReadSet readSet) implements RangeRead {
  public QueryRead {
    projection = projection == null ? null : Set.copyOf(projection);
  }
}
