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
  static final int DOCUMENT_OVERHEAD = 3;
  static final int ELEMENT_OVERHEAD = 1;

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
   * The size of a number: DynamoDB stores base-100 digit pairs aligned at the decimal point, so
   * the size is the number of pairs from the most to the least significant digit, plus 1 byte,
   * plus 1 more for a negative number; zero is 1 byte. So 12 and 10.01 take 2 and 3 bytes, but
   * 1.1 takes 3 (the pairs are "01" and "10"). Found byte for byte against DynamoDB Local's
   * write units at the 1 KB boundary, when the tck still ran it; AWS documents only the
   * approximation "1 byte per two significant digits, plus 1" (tck ItemSizeBoundaryTest lists
   * the values where the two differ).
   */
  static int numberSize(BigDecimal normalized) {
    if (normalized.signum() == 0) return 1;
    // Positions as powers of ten: the highest significant digit and the lowest.
    int high = normalized.precision() - normalized.scale() - 1;
    int low = -normalized.scale();
    int pairs = Math.floorDiv(high, 2) - Math.floorDiv(low, 2) + 1;
    int size = pairs + 1;
    return normalized.signum() < 0 ? size + 1 : size;
  }

  /**
   * {@link #numberSize(BigDecimal)} of the normal number {@code unscaled × 10^-scale}, without
   * making it.
   */
  static int numberSize(long unscaled, int scale) {
    if (unscaled == 0) return 1;
    int digits = io.dynasql.engine.model.Numbers.digits(unscaled);
    int high = digits - scale - 1;
    int low = -scale;
    int size = Math.floorDiv(high, 2) - Math.floorDiv(low, 2) + 2;
    return unscaled < 0 ? size + 1 : size;
  }

  /** Number of bytes of {@code s} in UTF-8, computed without encoding it. */
  public static int utf8Length(String s) {
    return Utf8.length(s, 0, s.length());
  }
}
