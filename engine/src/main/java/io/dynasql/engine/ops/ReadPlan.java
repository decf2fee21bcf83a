package io.dynasql.engine.ops;

import io.dynasql.engine.api.Select;
import io.dynasql.engine.catalog.IndexDescriptor;
import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.expr.SortKeyCondition;
import io.dynasql.engine.model.AttributeValue;
import java.util.Map;

/**
 * A resolved Query or Scan: what {@link PageReader} executes. Query and Scan requests are turned
 * into plans by {@link ReadOperations}; the SQL layer builds plans directly, with no strings.
 *
 * @param table the table
 * @param index the index read, or null for the table
 * @param partitionKey the Query's partition key value, or null for a Scan
 * @param sort the Query's sort key condition, or null
 * @param filter applied after reading (items evaluated still count), or null
 * @param projection applied to returned items, or null for all attributes
 * @param forward key order ascending
 * @param limit most items evaluated in this page, or null
 * @param startKey the previous page's LastEvaluatedKey, or null
 * @param select COUNT returns no items
 * @param consistent strongly consistent read
 * @param segment Scan segment, or 0
 * @param totalSegments Scan segments, or 1
 * @param fetchFromTable an LSI read that needs attributes its projection lacks
 * @param readSet where to record the table key and version of every item returned, or null
 */
record ReadPlan(TableDescriptor table, IndexDescriptor index, AttributeValue partitionKey,
    SortKeyCondition sort, Compiled.Condition filter, Compiled.Projection projection, boolean forward,
    Integer limit, Map<String, AttributeValue> startKey, Select select, boolean consistent,
    int segment, int totalSegments, boolean fetchFromTable, io.dynasql.engine.api.ReadSet readSet) {

  /** Whether this is a Query (a partition key is given). */
  boolean isQuery() {
    return partitionKey != null;
  }
}
