package io.dynasql.engine.codec;

import io.dynasql.engine.model.AttributeValue;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** The test oracle: DynamoDB's order of key values, written independently of the codec. */
final class DynamoOrder {
  private DynamoOrder() {}

  /** Compares two key values of the same type as DynamoDB does. */
  static int compare(AttributeValue a, AttributeValue b) {
    if (a.type() != b.type()) throw new IllegalArgumentException(a.type() + " vs " + b.type());
    if (a instanceof AttributeValue.S sa && b instanceof AttributeValue.S sb) {
      // "DynamoDB compares strings using their UTF-8 encoded bytes", byte by byte, unsigned.
      return Arrays.compareUnsigned(sa.value().getBytes(StandardCharsets.UTF_8), sb.value().getBytes(StandardCharsets.UTF_8));
    }
    if (a instanceof AttributeValue.N na && b instanceof AttributeValue.N nb) {
      return na.value().compareTo(nb.value());
    }
    if (a instanceof AttributeValue.B ba && b instanceof AttributeValue.B bb) {
      return Arrays.compareUnsigned(ba.value().unsafeArray(), bb.value().unsafeArray());
    }
    throw new IllegalArgumentException("not a key type: " + a.type());
  }

  /** Unsigned lexicographic comparison of encodings. */
  static int compareBytes(byte[] a, byte[] b) {
    return Arrays.compareUnsigned(a, b);
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  static boolean startsWith(byte[] bytes, byte[] prefix) {
    return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
  }
}
