package io.dynasql.engine.api;

/**
 * UpdateTimeToLive's setting (DynamoDB's TimeToLiveSpecification): turn TTL on or off for a
 * table, naming the attribute that holds each item's expiry time. DynamoDB requires the name
 * when disabling too.
 *
 * @param attributeName the top-level attribute holding the expiry time, in epoch seconds (1-255 characters)
 * @param enabled whether TTL is to be on
 */
public record TimeToLiveSpecification(String attributeName, boolean enabled) {
  /** TTL on, with expiry times in {@code attributeName}. */
  public static TimeToLiveSpecification enabled(String attributeName) {
    return new TimeToLiveSpecification(attributeName, true);
  }

  /** TTL off; {@code attributeName} is the one it was on. */
  public static TimeToLiveSpecification disabled(String attributeName) {
    return new TimeToLiveSpecification(attributeName, false);
  }
}
