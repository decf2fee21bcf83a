package io.dynasql.engine.codec;

import io.dynasql.engine.model.AttributeValue;
import java.nio.ByteBuffer;
import java.util.Map;

/**
 * Compact binary form of whole items, the bytes stored for every item and read back by every
 * GetItem, Query and Scan. Attribute order, nesting and every type round-trip exactly; numbers
 * decode to equal numbers (those of up to 63 bits of digits without making a BigDecimal, see
 * {@link AttributeValue.N#of}). The layout is described in {@link ItemFormat}.
 *
 * <p>Strings are stored as UTF-8. A string holding an unpaired surrogate (not valid Unicode, so
 * not a valid DynamoDB string) is stored with '?' in its place, as Java's own encoder does.
 *
 * <p>Decoding bytes that were not written here throws {@link IllegalArgumentException}.
 */
public final class ItemCodec {
  private ItemCodec() {}

  /** The encoding of {@code item}. */
  public static byte[] encode(Map<String, AttributeValue> item) {
    ByteWriter out = new ByteWriter(256);
    ItemEncoder.item(item, out);
    return out.toArray();
  }

  /** Appends the encoding of {@code item} to {@code out}. */
  public static void encode(Map<String, AttributeValue> item, ByteWriter out) {
    ItemEncoder.item(item, out);
  }

  /** Decodes an item; the result is a new, mutable map in the stored attribute order. */
  public static Map<String, AttributeValue> decode(byte[] buf) {
    return decode(buf, 0, buf.length);
  }

  /** Decodes the item held in exactly {@code len} bytes of {@code buf} from {@code off}. */
  public static Map<String, AttributeValue> decode(byte[] buf, int off, int len) {
    return decodeSized(buf, off, len).item();
  }

  /** Like {@link #decode(byte[], int, int)}, with the item's size counted while decoding. */
  public static SizedItem decodeSized(byte[] buf, int off, int len) {
    return ItemDecoder.item(new ByteReader(buf, off, len));
  }

  /**
   * Like {@link #decodeSized(byte[], int, int)}, decoding only the top-level attributes named in
   * {@code only}; the size is still the whole item's.
   */
  public static SizedItem decodeSized(byte[] buf, int off, int len, java.util.Set<String> only) {
    return ItemDecoder.item(new ByteReader(buf, off, len), only);
  }

  /** The same, for an item written by transaction {@code version} (see {@link StoredValue}). */
  public static SizedItem decodeSized(byte[] buf, int off, int len, java.util.Set<String> only, long version) {
    return ItemDecoder.item(new ByteReader(buf, off, len), only, version);
  }

  /**
   * Decodes the item held between the buffer's position and limit, leaving its position as it
   * was. The buffer may be direct, such as a value LMDB hands out.
   */
  public static Map<String, AttributeValue> decode(ByteBuffer buf) {
    return ItemDecoder.item(reader(buf)).item();
  }

  /**
   * The value of the top-level attribute {@code name} of the item between the buffer's position
   * and limit, or null when the item has no such attribute. Other attributes are skipped, not
   * decoded; the buffer's position is left as it was.
   */
  public static AttributeValue decodeAttribute(ByteBuffer buf, String name) {
    return ItemScanner.find(reader(buf), name);
  }

  private static ByteReader reader(ByteBuffer buf) {
    int len = buf.remaining();
    if (buf.hasArray()) return new ByteReader(buf.array(), buf.arrayOffset() + buf.position(), len);
    // A direct (or read-only) buffer is copied once with a bulk copy; the strings decoded from it
    // are heap copies anyway, and reading a heap array byte by byte is faster than buffer gets.
    byte[] copy = new byte[len];
    buf.get(buf.position(), copy);
    return new ByteReader(copy, 0, len);
  }
}
