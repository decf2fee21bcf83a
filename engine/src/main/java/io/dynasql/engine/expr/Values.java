package io.dynasql.engine.expr;

import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.Bytes;
import java.math.BigDecimal;
import java.util.Arrays;

/**
 * The value semantics of expressions: ordering of strings (UTF-8 byte order), numbers (by
 * value) and binaries (unsigned bytes), {@code size}, {@code contains} and {@code begins_with}.
 * Equality is the model's own: numbers are normalised and sets compare as sets.
 */
final class Values {
  private Values() {}

  /** Whether two values are of one type that can be ordered. */
  static boolean orderable(AttributeValue a, AttributeValue b) {
    return a.type() == b.type() && (a instanceof AttributeValue.S || a instanceof AttributeValue.N
        || a instanceof AttributeValue.B);
  }

  /** Orders two values for which {@link #orderable} holds. */
  static int compare(AttributeValue a, AttributeValue b) {
    if (a instanceof AttributeValue.N x) {
      AttributeValue.N y = (AttributeValue.N) b;
      // Whole numbers of up to 18 digits, most of them: compared as longs, with no BigDecimal made.
      return x.fitsLong() && y.fitsLong() ? Long.compare(x.longValue(), y.longValue()) : x.value().compareTo(y.value());
    }
    if (a instanceof AttributeValue.B x) return x.value().compareTo(((AttributeValue.B) b).value());
    return compareUtf8(((AttributeValue.S) a).value(), ((AttributeValue.S) b).value());
  }

  /** UTF-8 byte order is code point order, which UTF-16 order differs from above U+D7FF. */
  static int compareUtf8(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int x = a.codePointAt(i);
      int y = b.codePointAt(j);
      if (x != y) return Integer.compare(x, y);
      i += Character.charCount(x);
      j += Character.charCount(y);
    }
    return Boolean.compare(i < a.length(), j < b.length());
  }

  /**
   * {@code size()}: string length in UTF-16 code units (what DynamoDB counts), binary length,
   * or element count; null for types without a size.
   */
  static AttributeValue size(AttributeValue v) {
    long n;
    if (v instanceof AttributeValue.S s) n = s.value().length();
    else if (v instanceof AttributeValue.B b) n = b.value().length();
    else if (v instanceof AttributeValue.SS s) n = s.values().size();
    else if (v instanceof AttributeValue.NS s) n = s.values().size();
    else if (v instanceof AttributeValue.BS s) n = s.values().size();
    else if (v instanceof AttributeValue.L l) n = l.values().size();
    else if (v instanceof AttributeValue.M m) n = m.values().size();
    else return null;
    return AttributeValue.n(n);
  }

  /** {@code contains()}: substring of a string or binary, member of a set, element of a list. */
  static boolean contains(AttributeValue haystack, AttributeValue needle) {
    if (haystack instanceof AttributeValue.S s) {
      return needle instanceof AttributeValue.S n && s.value().contains(n.value());
    }
    if (haystack instanceof AttributeValue.B b) {
      return needle instanceof AttributeValue.B n && indexOf(b.value(), n.value()) >= 0;
    }
    if (haystack instanceof AttributeValue.SS s) {
      return needle instanceof AttributeValue.S n && s.values().contains(n.value());
    }
    if (haystack instanceof AttributeValue.NS s) {
      return needle instanceof AttributeValue.N n && s.values().contains(n.value());
    }
    if (haystack instanceof AttributeValue.BS s) {
      return needle instanceof AttributeValue.B n && s.values().contains(n.value());
    }
    if (haystack instanceof AttributeValue.L l) return l.values().contains(needle);
    return false;
  }

  /** {@code begins_with()} on two strings or two binaries. */
  static boolean beginsWith(AttributeValue value, AttributeValue prefix) {
    if (value instanceof AttributeValue.S s && prefix instanceof AttributeValue.S p) {
      return s.value().startsWith(p.value());
    }
    if (value instanceof AttributeValue.B b && prefix instanceof AttributeValue.B p) {
      byte[] whole = b.value().unsafeArray();
      byte[] start = p.value().unsafeArray();
      return whole.length >= start.length && Arrays.equals(whole, 0, start.length, start, 0, start.length);
    }
    return false;
  }

  private static int indexOf(Bytes haystack, Bytes needle) {
    byte[] h = haystack.unsafeArray();
    byte[] n = needle.unsafeArray();
    outer:
    for (int i = 0; i + n.length <= h.length; i++) {
      for (int k = 0; k < n.length; k++) if (h[i + k] != n[k]) continue outer;
      return i;
    }
    return -1;
  }

  /** The number a value holds, or null if it is not a number. */
  static BigDecimal number(AttributeValue v) {
    return v instanceof AttributeValue.N n ? n.value() : null;
  }
}
