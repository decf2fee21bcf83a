package io.dynasql.engine.model;

import io.dynasql.engine.codec.ItemSize;
import java.util.Map;

/**
 * DynamoDB's item size, as its documentation defines it (the sum over attributes of the name's
 * UTF-8 bytes and the value's size): what a reader outside the engine charges an item it read
 * with GetItem or BatchGetItem, whose responses report units but not bytes.
 */
public final class ItemSizes {
  private ItemSizes() {}

  /** The size in bytes of {@code item}. */
  public static int of(Map<String, AttributeValue> item) {
    return ItemSize.of(item);
  }
}
