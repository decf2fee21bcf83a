package io.dynasql.engine.model;

/** What a change did to an item, as a stream record's {@code eventName} says. */
public enum OperationType {
  /** A new item was added. */
  INSERT,
  /** One or more of an existing item's attributes changed. */
  MODIFY,
  /** The item was deleted. */
  REMOVE
}
