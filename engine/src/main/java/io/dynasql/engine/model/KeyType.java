package io.dynasql.engine.model;

/** The role of a key attribute: HASH (partition key) or RANGE (sort key). */
public enum KeyType {
  HASH, RANGE
}
