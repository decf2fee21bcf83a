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
 * @param costUsd the access's price by the source's price model (0 when unpriced)
 * @param priced whether the source has a price model; an unpriced access is labelled {@code unpriced}, not free
 */
public record RemoteCall(String source, String sql, long roundTrips, long millis, double costUsd, boolean priced) {
  /** A call to a source without a price model. */
  public RemoteCall(String source, String sql, long roundTrips, long millis) {
    this(source, sql, roundTrips, millis, 0, false);
  }
}
