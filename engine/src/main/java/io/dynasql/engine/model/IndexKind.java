package io.dynasql.engine.model;

/** A global secondary index (any partition key) or a local one (the table's partition key). */
public enum IndexKind {
  GLOBAL, LOCAL
}
