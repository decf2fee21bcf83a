package io.dynasql.engine.codec;

import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.Bytes;
import java.util.Arrays;

/**
 * Order-preserving, self-delimiting encoding of key values (S, N, B).
 *
 * <p>For two values of the same key type, comparing their encodings as unsigned bytes gives
 * DynamoDB's order: S by UTF-8 bytes, B by unsigned bytes, N by numeric value. No encoding is a
 * prefix of another, so {@code enc(pk1)+enc(sk1)} and {@code enc(pk2)+enc(sk2)} compare first by
 * partition key and then by sort key, and keys decode from a concatenation without lengths.
 *
 * <p>S and B are written as {@link EscapedKeyBytes escaped bytes}, S as UTF-8 (an unpaired
 * surrogate, which no valid string holds, is written as '?' as Java's encoder does), N as in
 * {@link NumberKeyEncoding}. Other types are never keys: passing one is a programming error and
 * throws {@link IllegalArgumentException}, as does decoding bytes this class did not write.
 */
public final class KeyCodec {
  private KeyCodec() {}

  /**
   * A decoded key value and the offset just past its encoding.
   *
   * @param value the key value
   * @param next offset of the first byte after the value
   */
  public record Decoded(AttributeValue value, int next) {}

  /** Appends the encoding of a key value to {@code out}. */
  public static void encode(AttributeValue value, ByteWriter out) {
    switch (value.type()) {
      case S -> {
        EscapedKeyBytes.putString(((AttributeValue.S) value).value(), out);
        EscapedKeyBytes.terminate(out);
      }
      case B -> {
        EscapedKeyBytes.putBytes(((AttributeValue.B) value).value().unsafeArray(), out);
        EscapedKeyBytes.terminate(out);
      }
      case N -> NumberKeyEncoding.put(((AttributeValue.N) value).value(), out);
      default -> throw notAKey(value.type());
    }
  }

  /** The encoding of a key value. */
  public static byte[] encode(AttributeValue value) {
    ByteWriter out = new ByteWriter(32);
    encode(value, out);
    return out.toArray();
  }

  /**
   * Appends the encoding of an S or B prefix, without terminator: the encoding of every value of
   * the same type that begins with {@code prefix} starts with these bytes, and no other value's
   * does. With {@link #successor} it bounds the key range of a {@code begins_with} condition.
   */
  public static void encodePrefix(AttributeValue prefix, ByteWriter out) {
    switch (prefix.type()) {
      case S -> EscapedKeyBytes.putString(((AttributeValue.S) prefix).value(), out);
      case B -> EscapedKeyBytes.putBytes(((AttributeValue.B) prefix).value().unsafeArray(), out);
      default -> throw new IllegalArgumentException("begins_with prefix must be S or B, not " + prefix.type());
    }
  }

  /** Decodes the key value of the given type whose encoding starts at {@code offset}. */
  public static Decoded decode(byte[] buf, int offset, AttributeType type) {
    return switch (type) {
      case S -> {
        int end = EscapedKeyBytes.end(buf, offset);
        yield new Decoded(new AttributeValue.S(EscapedKeyBytes.string(buf, offset, end)), end);
      }
      case B -> {
        int end = EscapedKeyBytes.end(buf, offset);
        yield new Decoded(new AttributeValue.B(Bytes.wrap(EscapedKeyBytes.unescape(buf, offset, end))), end);
      }
      case N -> NumberKeyEncoding.get(buf, offset);
      default -> throw notAKey(type);
    };
  }

  /**
   * The smallest byte string greater than every string that starts with {@code prefix}, for the
   * exclusive upper bound of a prefix range; null when there is none (empty or all 0xFF), meaning
   * the range is unbounded above.
   */
  public static byte[] successor(byte[] prefix) {
    int i = prefix.length - 1;
    while (i >= 0 && prefix[i] == (byte) 0xFF) i--;
    if (i < 0) return null;
    // Trailing 0xFF bytes cannot be incremented; drop them and carry into the byte before.
    byte[] next = Arrays.copyOf(prefix, i + 1);
    next[i]++;
    return next;
  }

  private static IllegalArgumentException notAKey(AttributeType type) {
    return new IllegalArgumentException("Type " + type + " cannot be a key; keys are S, N or B");
  }
}
