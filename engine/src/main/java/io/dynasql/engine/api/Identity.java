package io.dynasql.engine.api;

/** Who made a change, on records of changes not made by a user (a TTL deletion). */
public record Identity(String principalId, String type) {
  /** The DynamoDB service, as on a TTL deletion's record. */
  public static final Identity DYNAMODB_SERVICE = new Identity("dynamodb.amazonaws.com", "Service");
}
