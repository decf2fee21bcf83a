package io.dynasql.engine.api;

/** What a write returns of the item: nothing, all or updated attributes, before or after. */
public enum ReturnValue {
  NONE, ALL_OLD, UPDATED_OLD, ALL_NEW, UPDATED_NEW
}
