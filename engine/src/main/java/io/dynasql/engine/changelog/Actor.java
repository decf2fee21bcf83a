package io.dynasql.engine.changelog;

/** Who made a change: a user's request, or the TTL service deleting an expired item. */
public enum Actor {
  USER, TTL_SERVICE
}
