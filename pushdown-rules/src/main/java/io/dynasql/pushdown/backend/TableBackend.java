package io.dynasql.pushdown.backend;

import io.dynasql.engine.model.AttributeValue;
import java.util.List;
import java.util.Map;

/**
 * One table of a store the planner can read: what the pushdown rules and the access runner
 * target, so that they need no change for another store. Described once ({@link #shape}), costed
 * from {@link #statistics}, read one page a call: the runner asks for the next page only when
 * the rows above need it, and labels each access with what the pages say they read.
 *
 * <p>The LMDB engine is the first implementation ({@code io.dynasql.pushdown.lmdb}); a DynamoDB
 * endpoint maps each call onto GetItem, BatchGetItem, Query and Scan. Errors are the store's own
 * (the engine's {@code DynamoException}s).
 */
public interface TableBackend {
  /** The table's name, keys and indexes; never reads items. */
  TableShape shape();

  /** Item counts and sizes of the table and its indexes, for costing. */
  TableStatistics statistics();

  /** The item with one full primary key (GetItem): a page of zero or one item. */
  ReadPage get(KeyRead read);

  /**
   * The items with several full primary keys (BatchGetItem, at most 100 keys): found items in no
   * particular order, and the keys the store did not read this time, to ask again.
   */
  ReadPage batchGet(BatchRead read);

  /** One page of a Query: one partition of the table or an index, in sort-key order. */
  ReadPage query(QueryRead read);

  /** One page of a Scan of the table or an index (one segment of it). */
  ReadPage scan(ScanRead read);

  /**
   * {@link #query(QueryRead)}, its items handed to {@code sink} one at a time instead of listed
   * ({@link ItemSink}: in a map that may be reused), so a caller that folds them (an aggregate)
   * keeps none. The page's counts and costs are those of the same read. The default reads the
   * page and hands out its items; a store that reads locally hands each out as it decodes it.
   */
  default ReadPage query(QueryRead read, ItemSink sink) {
    return handOut(query(read), sink);
  }

  /** {@link #scan(ScanRead)}, its items handed to {@code sink}, as {@link #query(QueryRead, ItemSink)} says. */
  default ReadPage scan(ScanRead read, ItemSink sink) {
    return handOut(scan(read), sink);
  }

  /**
   * One page of a Query or Scan that only counts the matching items (DynamoDB's Select COUNT):
   * charged as the same read, returning no items.
   */
  ReadPage count(RangeRead read);

  /**
   * How many segments a whole Scan of the table (index null) or of an index is read in at once
   * (DynamoDB's parallel Scan, Segment and TotalSegments), each segment on its own thread; 1, the
   * default, reads it as one sequence of pages. A backend answering more than 1 must take calls
   * from several threads at once.
   */
  default int scanSegments(String index) {
    return 1;
  }

  /**
   * Tells the backend that a run read partition {@code key} of the table (index null) or an index
   * whole and found {@code items} entries, so its statistics may remember the size of a hot key
   * ({@link PartitionSketch}). A backend that keeps no such sketch ignores it.
   */
  default void observed(String index, AttributeValue key, long items) {
  }

  /** Hands {@code page}'s items to {@code sink}, then the page without them. */
  private static ReadPage handOut(ReadPage page, ItemSink sink) {
    for (Map<String, AttributeValue> item : page.items()) sink.accept(item);
    return ReadPage.range(List.of(), page.matched(), page.itemsRead(), page.bytesRead(), page.readUnits(),
        page.lastEvaluatedKey());
  }

  /**
   * How often the table was written and scanned whole lately, which EXPLAIN weighs a suggested
   * materialized view with; null when the store keeps no such counts.
   */
  default TableRates observedRates() {
    return null;
  }
}
