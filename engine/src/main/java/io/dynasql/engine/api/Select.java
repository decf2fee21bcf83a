package io.dynasql.engine.api;

/** What a Query or Scan returns: items (all, projected, specific attributes) or only a count. */
public enum Select {
  ALL_ATTRIBUTES, ALL_PROJECTED_ATTRIBUTES, SPECIFIC_ATTRIBUTES, COUNT
}
