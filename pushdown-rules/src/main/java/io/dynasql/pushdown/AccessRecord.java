package io.dynasql.pushdown;

/**
 * What one table access of a statement did and would cost on DynamoDB.
 *
 * @param kind GET, BATCH_GET, QUERY, SCAN, ... or REMOTE_SQL for a source's table
 * @param table the table (a source's as {@code source.schema.table})
 * @param index the index, or null
 * @param itemsRead items evaluated in the store (before its filter); rows fetched from a source
 * @param itemsReturned rows handed to SQL
 * @param bytesRead DynamoDB item-size bytes read; for a source, an estimate of the bytes fetched
 * @param readUnits read request units consumed
 * @param writeUnits write request units consumed
 * @param remote what was sent to a source (REMOTE_SQL only), or null
 */
public record AccessRecord(AccessKind kind, String table, String index, long itemsRead,
    long itemsReturned, long bytesRead, double readUnits, double writeUnits, RemoteCall remote) {

  /** An access of the store (no remote statement). */
  public AccessRecord(AccessKind kind, String table, String index, long itemsRead, long itemsReturned,
      long bytesRead, double readUnits, double writeUnits) {
    this(kind, table, index, itemsRead, itemsReturned, bytesRead, readUnits, writeUnits, null);
  }
}
