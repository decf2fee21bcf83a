package io.dynasql.engine.api;

/**
 * ListStreams: the streams of one table, or of every table.
 *
 * @param tableName only this table's streams; null for all
 * @param limit at most this many (1-100, default 100)
 * @param exclusiveStartStreamArn continue after this stream (a previous LastEvaluatedStreamArn)
 */
public record ListStreamsRequest(String tableName, Integer limit, String exclusiveStartStreamArn) {
  /** Every stream of every table. */
  public static ListStreamsRequest all() {
    return new ListStreamsRequest(null, null, null);
  }

  /** The streams of {@code table}. */
  public static ListStreamsRequest of(String table) {
    return new ListStreamsRequest(table, null, null);
  }
}
