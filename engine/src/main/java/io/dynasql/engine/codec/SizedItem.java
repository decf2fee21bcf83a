package io.dynasql.engine.codec;

import io.dynasql.engine.model.AttributeValue;
import java.util.Map;

/**
 * A decoded item with its DynamoDB size ({@link ItemSize#of(Map)}), counted while decoding so
 * reads that charge capacity need not walk the item a second time, and the version of the write
 * that stored it ({@link StoredValue}).
 *
 * @param item the item, a new mutable map in the stored attribute order
 * @param size the item's size in bytes by DynamoDB's rules
 * @param version the LMDB transaction that wrote the item, 0 when unknown
 */
public record SizedItem(Map<String, AttributeValue> item, int size, long version) {
  /** An item whose version is not known. */
  public SizedItem(Map<String, AttributeValue> item, int size) {
    this(item, size, 0);
  }

  /** The same item with its version. */
  public SizedItem withVersion(long v) {
    return new SizedItem(item, size, v);
  }
}
