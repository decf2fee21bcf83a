package io.dynasql.pushdown;

/**
 * What one table access of a statement did and would cost on DynamoDB.
 *
 * @param kind GET, BATCH_GET, QUERY or SCAN
 * @param table the table
 * @param index the index, or null
 * @param itemsRead items evaluated in the store (before its filter)
 * @param itemsReturned rows handed to SQL
 * @param bytesRead DynamoDB item-size bytes read
 * @param readUnits read request units consumed
 * @param writeUnits write request units consumed
 */
public record AccessRecord(AccessKind kind, String table, String index, long itemsRead,
    long itemsReturned, long bytesRead, double readUnits, double writeUnits) {}
