package io.dynasql.calcite.dml;

import io.dynasql.calcite.SqlColumn;
import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.pushdown.backend.TableStatistics;
import java.util.List;
import java.util.Map;

/**
 * A source's table that takes INSERT, UPSERT, UPDATE and DELETE through the source's own write
 * calls (a DynamoDB endpoint's PutItem, UpdateItem, DeleteItem, TransactWriteItems and
 * BatchWriteItem). The statement is planned as for a dynasql table — the same items, keys,
 * update expressions and conditions — and {@link SourceWrites} hands them over here instead of to
 * the engine.
 */
public interface WritableSource {
  /** The source's name, shown on the write's label as {@code source=}. */
  String sourceName();

  /** The remote table's key, indexes and columns. */
  TableDescriptor descriptor();

  /** The table's SQL columns, as SELECT sees them. */
  List<SqlColumn> sqlColumns();

  /** Items and sizes of the table and its indexes, for EXPLAIN's estimates. */
  TableStatistics statistics();

  /** Sends {@code write}; a failed condition is an outcome, any other refusal an exception (nothing of a transaction written). */
  SourceWriteResult write(SourceWrite write);

  /** Which of {@code keys} name an item now (BatchGetItem, key attributes only): an INSERT too large for one transaction checks its keys first. */
  SourceKeyCheck existing(List<Map<String, AttributeValue>> keys);
}
