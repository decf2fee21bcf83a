package io.dynasql.engine.model;

/** Which attributes a secondary index copies from the table: all, only keys, or keys plus a list. */
public enum ProjectionType {
  ALL, KEYS_ONLY, INCLUDE
}
