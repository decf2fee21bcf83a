package io.dynasql.engine.api;

/**
 * UpdateTimeToLive: enables or disables TTL on a table.
 *
 * @param tableName the table
 * @param timeToLiveSpecification the new setting
 */
public record UpdateTimeToLiveRequest(String tableName, TimeToLiveSpecification timeToLiveSpecification) {
  /** A request that sets {@code spec} on {@code tableName}. */
  public static UpdateTimeToLiveRequest of(String tableName, TimeToLiveSpecification spec) {
    return new UpdateTimeToLiveRequest(tableName, spec);
  }
}
