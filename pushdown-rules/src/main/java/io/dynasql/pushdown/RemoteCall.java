package io.dynasql.pushdown;

/**
 * What a statement sent to a source for one access: the label's remote half, shown
 * in the access lines and {@code sys.access_log} next to the rows and bytes.
 *
 * @param source the source's name
 * @param sql the remote statement exactly as sent, with {@code ?} placeholders; for a DynamoDB source,
 *     the operation (GetItem, BatchGetItem, Query, Scan)
 * @param roundTrips statements executed plus fetches of further row batches (a retry adds one); for
 *     a DynamoDB source, the calls (pages) made
 * @param millis time from sending the statement until its last row was read
 */
public record RemoteCall(String source, String sql, long roundTrips, long millis) {}
