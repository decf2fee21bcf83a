package io.dynasql.engine.api;

/**
 * GetRecords.
 *
 * @param limit at most this many records (1-1000, default 1000); at most 1 MB is returned anyway
 */
public record GetRecordsRequest(String shardIterator, Integer limit) {
  /** Up to 1,000 records from {@code iterator}. */
  public static GetRecordsRequest of(String iterator) {
    return new GetRecordsRequest(iterator, null);
  }
}
