package io.dynasql.tck;

import io.dynasql.engine.model.AttributeValue;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Item sizes computed from AWS's text alone, as an independent reference for dynasql's
 * {@code ItemSize}: https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/CapacityUnitCalculations.html
 * (strings and names by UTF-8 bytes, binary by raw bytes, BOOL and NULL 1 byte, List and Map 3
 * bytes plus 1 per element plus the elements, numbers "approximately" 1 byte per two significant
 * digits plus 1). The page is silent on sets; a set is taken as the sum of its members.
 */
final class DocumentedItemSize {
  private DocumentedItemSize() {}

  static int of(Map<String, AttributeValue> item) {
    int size = 0;
    for (Map.Entry<String, AttributeValue> e : item.entrySet()) size += utf8(e.getKey()) + of(e.getValue());
    return size;
  }

  static int of(AttributeValue v) {
    if (v instanceof AttributeValue.S s) return utf8(s.value());
    if (v instanceof AttributeValue.N n) return number(n.value());
    if (v instanceof AttributeValue.B b) return b.value().length();
    if (v instanceof AttributeValue.Bool || v instanceof AttributeValue.Null) return 1;
    if (v instanceof AttributeValue.L l) {
      int size = 3;
      for (AttributeValue e : l.values()) size += 1 + of(e);
      return size;
    }
    if (v instanceof AttributeValue.M m) {
      int size = 3;
      for (Map.Entry<String, AttributeValue> e : m.values().entrySet()) size += 1 + utf8(e.getKey()) + of(e.getValue());
      return size;
    }
    if (v instanceof AttributeValue.SS s) return s.values().stream().mapToInt(DocumentedItemSize::utf8).sum();
    if (v instanceof AttributeValue.NS s) return s.values().stream().mapToInt(DocumentedItemSize::number).sum();
    return ((AttributeValue.BS) v).values().stream().mapToInt(b -> b.length()).sum();
  }

  /** One byte per two significant digits (leading and trailing zeroes trimmed), plus one. */
  private static int number(BigDecimal n) {
    if (n.signum() == 0) return 1; // no significant digit is left once zeroes are trimmed
    int digits = n.stripTrailingZeros().precision();
    return (digits + 1) / 2 + 1;
  }

  private static int utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }
}
