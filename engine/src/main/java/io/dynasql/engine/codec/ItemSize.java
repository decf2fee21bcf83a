package io.dynasql.engine.codec;

import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.Bytes;
import java.math.BigDecimal;
import java.util.Map;

/**
 * DynamoDB's item size, which decides the 400 KB limit and the capacity units an operation
 * consumes. It follows the documented rules (CapacityUnitCalculations): an item is the sum over
 * its attributes of the UTF-8 bytes of the name plus the size of the value; S is its UTF-8 bytes,
 * B its raw bytes, BOOL and NULL 1 byte, N as in {@link #numberSize}; L and M cost 3 bytes plus, per
 * element, 1 byte and the element's size (and in M the UTF-8 bytes of the key); a set is the sum
 * of its elements' sizes.
 */
public final class ItemSize {
  private static final int DOCUMENT_OVERHEAD = 3;
  private static final int ELEMENT_OVERHEAD = 1;

  private ItemSize() {}

  /** The size of a whole item. */
  public static int of(Map<String, AttributeValue> item) {
    int size = 0;
    for (Map.Entry<String, AttributeValue> e : item.entrySet()) size += attribute(e.getKey(), e.getValue());
    return size;
  }

  /** The size of one top-level attribute: its name's UTF-8 bytes plus its value's size. */
  public static int attribute(String name, AttributeValue value) {
    return utf8Length(name) + of(value);
  }

  /** The size of a value, without any attribute name. */
  public static int of(AttributeValue v) {
    switch (v.type()) {
      case S: return utf8Length(((AttributeValue.S) v).value());
      case N: return numberSize(((AttributeValue.N) v).value());
      case B: return ((AttributeValue.B) v).value().length();
      case BOOL: case NULL: return 1;
      case L: {
        int size = DOCUMENT_OVERHEAD;
        for (AttributeValue e : ((AttributeValue.L) v).values()) size += ELEMENT_OVERHEAD + of(e);
        return size;
      }
      case M: {
        int size = DOCUMENT_OVERHEAD;
        for (Map.Entry<String, AttributeValue> e : ((AttributeValue.M) v).values().entrySet()) {
          size += ELEMENT_OVERHEAD + attribute(e.getKey(), e.getValue());
        }
        return size;
      }
      case SS: {
        int size = 0;
        for (String s : ((AttributeValue.SS) v).values()) size += utf8Length(s);
        return size;
      }
      case NS: {
        int size = 0;
        for (BigDecimal n : ((AttributeValue.NS) v).values()) size += numberSize(n);
        return size;
      }
      case BS: {
        int size = 0;
        for (Bytes b : ((AttributeValue.BS) v).values()) size += b.length();
        return size;
      }
      default: throw new IllegalStateException("unknown type " + v.type());
    }
  }

  /**
   * The size of a number: 1 byte per two significant digits, rounded up, plus 1 byte, plus 1 more
   * for a negative number. Significant digits are counted after trimming leading and trailing
   * zeros, zero itself having one. DynamoDB documents this rule only as approximate; it is kept
   * in this one method so that a differential test against DynamoDB can correct it in one place.
   */
  static int numberSize(BigDecimal normalized) {
    // A normalised number has no trailing zeros and its unscaled value no leading ones, so its
    // precision is exactly the significant digit count; BigDecimal.ZERO's precision is 1.
    int digits = normalized.precision();
    int size = (digits + 1) / 2 + 1;
    return normalized.signum() < 0 ? size + 1 : size;
  }

  /** Number of bytes of {@code s} in UTF-8, computed without encoding it. */
  public static int utf8Length(String s) {
    return Utf8.length(s, 0, s.length());
  }
}
