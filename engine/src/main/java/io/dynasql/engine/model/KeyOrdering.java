package io.dynasql.engine.model;

import io.dynasql.engine.codec.KeyCodec;
import java.util.Arrays;

/**
 * The order in which the store keeps key values (S by UTF-8 bytes, N numerically, B by unsigned
 * bytes): the order a Query returns items in. A reader that merges items of its own into a
 * Query's answer (a transaction's uncommitted writes) sorts them with it.
 */
public final class KeyOrdering {
  private KeyOrdering() {}

  /** Compares two key values as the store orders them; null (absent) sorts first. */
  public static int compare(AttributeValue a, AttributeValue b) {
    if (a == null || b == null) return a == null ? (b == null ? 0 : -1) : 1;
    return Arrays.compareUnsigned(KeyCodec.encode(a), KeyCodec.encode(b));
  }
}
