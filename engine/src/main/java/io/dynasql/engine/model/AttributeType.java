package io.dynasql.engine.model;

/** DynamoDB's attribute type descriptors, named as in the wire protocol. */
public enum AttributeType {
  S, N, B, BOOL, NULL, L, M, SS, NS, BS;

  /** Whether values of this type may be key attributes (S, N, B). */
  public boolean isScalarKeyType() {
    return this == S || this == N || this == B;
  }

  /** Whether this is one of the set types. */
  public boolean isSet() {
    return this == SS || this == NS || this == BS;
  }
}
