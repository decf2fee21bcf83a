package io.dynasql.tck.cost;

import io.dynasql.engine.model.AttributeValue;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Item sizes by AWS's rule
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/CapacityUnitCalculations.html):
 * each attribute name's UTF-8 bytes plus its value's, a string by its UTF-8 bytes, a number about
 * one byte per two significant digits plus one. The suite's tables hold strings and numbers only.
 */
final class Sizes {
  private Sizes() {}

  /** The item's size; 0 for an absent item. */
  static int of(Map<String, AttributeValue> item) {
    if (item == null) return 0;
    int size = 0;
    for (Map.Entry<String, AttributeValue> e : item.entrySet()) size += utf8(e.getKey()) + of(e.getValue());
    return size;
  }

  private static int of(AttributeValue v) {
    if (v instanceof AttributeValue.S s) return utf8(s.value());
    if (v instanceof AttributeValue.N n) {
      if (n.value().signum() == 0) return 1;
      return (n.value().stripTrailingZeros().precision() + 1) / 2 + 1;
    }
    throw new IllegalArgumentException("the cost suite's items hold strings and numbers only, not " + v);
  }

  private static int utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }
}
