package io.dynasql.pushdown;

/** How a statement reaches a table: the reads, cheapest first, then the writes. */
public enum AccessKind {
  /** One item by its full primary key. */
  GET,
  /** Several items by full primary keys (partition key IN (...)). */
  BATCH_GET,
  /** One or a few partitions, in sort-key order, on the table or an index. */
  QUERY,
  /** Every item of the table or index. */
  SCAN,
  /**
   * Records of a table's stream, read with GetRecords (never an access path: a line of the report);
   * its read units are streams read request units, one per GetRecords call.
   */
  STREAM,
  /** Items written by INSERT/UPDATE/DELETE (never an access path: a line of the report). */
  WRITE,
  /**
   * A SQL statement sent to a relational source ({@code CREATE SOURCE}): its record carries the
   * remote statement ({@link RemoteCall}); rows count as items, and no DynamoDB units are consumed.
   */
  REMOTE_SQL
}
