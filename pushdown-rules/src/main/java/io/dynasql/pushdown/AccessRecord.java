package io.dynasql.pushdown;

/**
 * What one table access of a statement did and would cost on DynamoDB. A write is labelled with
 * one record per table it wrote, with the table's own units, and one per secondary index it
 * changed, with that index's units (as ReturnConsumedCapacity INDEXES reports them).
 *
 * @param kind GET, BATCH_GET, QUERY, SCAN, STREAM, WRITE, or REMOTE_SQL for a source's table
 * @param table the table
 * @param index the index, or null
 * @param itemsRead items evaluated in the store (before its filter)
 * @param itemsReturned rows handed to SQL; for a write, the table's items written
 * @param bytesRead DynamoDB item-size bytes read (or written); for a source, an estimate of the bytes fetched
 * @param readUnits read request units consumed
 * @param writeUnits write request units consumed
 * @param atomicOnDynamo false for an all-or-nothing write that DynamoDB could not make atomic
 *     (more items than one TransactWriteItems takes), priced as the BatchWriteItem calls it
 *     would take instead; true for everything else
 * @param remote what was sent to a source (REMOTE_SQL to a relational one; the DynamoDB operation of a GET,
 *     BATCH_GET, QUERY or SCAN of a DynamoDB source's table), or null for the local store
 */
public record AccessRecord(AccessKind kind, String table, String index, long itemsRead,
    long itemsReturned, long bytesRead, double readUnits, double writeUnits, boolean atomicOnDynamo,
    RemoteCall remote) {

  /** A record of an access DynamoDB can do as dynasql did it (every read, and most writes). */
  public AccessRecord(AccessKind kind, String table, String index, long itemsRead, long itemsReturned, long bytesRead,
      double readUnits, double writeUnits) {
    this(kind, table, index, itemsRead, itemsReturned, bytesRead, readUnits, writeUnits, true, null);
  }

  /** A write record, flagged when DynamoDB could not make it atomic. */
  public AccessRecord(AccessKind kind, String table, String index, long itemsRead, long itemsReturned, long bytesRead,
      double readUnits, double writeUnits, boolean atomicOnDynamo) {
    this(kind, table, index, itemsRead, itemsReturned, bytesRead, readUnits, writeUnits, atomicOnDynamo, null);
  }

  /** An access of a source's table: what was sent to it. */
  public AccessRecord(AccessKind kind, String table, String index, long itemsRead, long itemsReturned,
      long bytesRead, double readUnits, double writeUnits, RemoteCall remote) {
    this(kind, table, index, itemsRead, itemsReturned, bytesRead, readUnits, writeUnits, true, remote);
  }
}
