package io.dynasql.engine.codec;

/**
 * The stored item format, shared by {@link ItemEncoder}, {@link ItemDecoder} and
 * {@link ItemScanner}.
 *
 * <pre>
 * item   := VERSION count:varint (name value)*
 * name   := length:varint utf8-bytes
 * value  := S length:varint utf8-bytes | B length:varint bytes | TRUE | FALSE | NULL
 *         | N_LONG unscaled:zigzag-varlong scale:zigzag-varint
 *         | N_BIG length:varint twos-complement-bytes scale:zigzag-varint
 *         | L count:varint value* | M count:varint (name value)*
 *         | SS count:varint (length:varint utf8-bytes)* | BS count:varint (length:varint bytes)*
 *         | NS count:varint (N_LONG ... | N_BIG ...)*
 * </pre>
 *
 * Numbers are stored as their normalised BigDecimal's unscaled value and scale, so they decode to
 * an equal number without parsing text (N_LONG to a long and a scale); unscaled values of up to
 * 63 bits, the common case, take a varint. Counts and lengths come first so a reader can size
 * collections and skip values.
 */
final class ItemFormat {
  /** First byte of every item, so a later format can be told apart. */
  static final byte VERSION = 1;

  static final byte S = 1;
  static final byte N_LONG = 2;
  static final byte N_BIG = 3;
  static final byte B = 4;
  static final byte TRUE = 5;
  static final byte FALSE = 6;
  static final byte NULL = 7;
  static final byte L = 8;
  static final byte M = 9;
  static final byte SS = 10;
  static final byte NS = 11;
  static final byte BS = 12;

  private ItemFormat() {}

  /** Maps signed to unsigned so small negative numbers stay short as varints. */
  static long zigzag(long v) {
    return (v << 1) ^ (v >> 63);
  }

  static long unzigzag(long v) {
    return (v >>> 1) ^ -(v & 1);
  }

  static IllegalArgumentException corrupt(String what, int offset) {
    return new IllegalArgumentException("Corrupt item encoding at offset " + offset + ": " + what);
  }
}
