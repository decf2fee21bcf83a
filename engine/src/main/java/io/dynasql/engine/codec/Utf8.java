package io.dynasql.engine.codec;

/**
 * UTF-8 length and encoding straight from a String's chars, without the temporary array that
 * {@code String.getBytes} allocates. The result is byte for byte what {@code getBytes(UTF_8)}
 * gives, including its choice to write an unpaired surrogate as '?', so sizes computed here always
 * match the bytes stored.
 */
final class Utf8 {
  private Utf8() {}

  /** Number of UTF-8 bytes of chars {@code from} (inclusive) to {@code to} (exclusive) of s. */
  static int length(String s, int from, int to) {
    int bytes = to - from;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < 0x80) continue;
      if (c < 0x800) {
        bytes += 1;
      } else if (Character.isSurrogate(c)) {
        // A valid pair is two chars and four bytes; an unpaired surrogate is one '?' byte.
        if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
          bytes += 2;
          i++;
        }
      } else {
        bytes += 2;
      }
    }
    return bytes;
  }

  /**
   * Writes the UTF-8 bytes of chars {@code from} to {@code to} of s into dst at pos, which must
   * have room for {@link #length} bytes, and returns the position after them.
   */
  static int encode(String s, int from, int to, byte[] dst, int pos) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        dst[pos++] = (byte) c;
      } else if (c < 0x800) {
        dst[pos++] = (byte) (0xC0 | (c >> 6));
        dst[pos++] = (byte) (0x80 | (c & 0x3F));
      } else if (!Character.isSurrogate(c)) {
        dst[pos++] = (byte) (0xE0 | (c >> 12));
        dst[pos++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        dst[pos++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, s.charAt(++i));
        dst[pos++] = (byte) (0xF0 | (cp >> 18));
        dst[pos++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        dst[pos++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        dst[pos++] = (byte) (0x80 | (cp & 0x3F));
      } else {
        dst[pos++] = '?';
      }
    }
    return pos;
  }
}
