package io.dynasql.engine.codec;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The S and B key encoding: the raw bytes with every 0x00 written as 0x00 0xFF, then the
 * terminator 0x00 0x01. A 0x00 byte only ever starts an escape or the terminator, so the end of a
 * value is found without a length. Order is kept: where two values first differ, a smaller byte
 * stays smaller (an escaped zero starts with 0x00, below any other byte); and where one value
 * ends, its 0x00 0x01 is below both a following 0x00 0xFF and any nonzero byte of the longer
 * value, so a value sorts before every value it is a proper prefix of.
 */
final class EscapedKeyBytes {
  static final int ESCAPE = 0xFF;
  static final int TERMINATOR = 0x01;

  private EscapedKeyBytes() {}

  /** Writes the UTF-8 bytes of s, escaped; U+0000 is the only char whose UTF-8 holds a 0x00. */
  static void putString(String s, ByteWriter out) {
    int from = 0;
    for (int zero = s.indexOf('\0'); zero >= 0; zero = s.indexOf('\0', from)) {
      out.putUtf8(s, from, zero);
      out.put(0);
      out.put(ESCAPE);
      from = zero + 1;
    }
    out.putUtf8(s, from, s.length());
  }

  /** Writes the bytes escaped. */
  static void putBytes(byte[] bytes, ByteWriter out) {
    int from = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        out.put(bytes, from, i + 1 - from);
        out.put(ESCAPE);
        from = i + 1;
      }
    }
    out.put(bytes, from, bytes.length - from);
  }

  /** Writes the terminator that ends a whole value. */
  static void terminate(ByteWriter out) {
    out.put(0);
    out.put(TERMINATOR);
  }

  /** Offset just past the terminator of the value starting at off. */
  static int end(byte[] buf, int off) {
    for (int i = off; i < buf.length; i++) {
      if (buf[i] != 0) continue;
      if (i + 1 >= buf.length) break;
      int next = buf[i + 1] & 0xFF;
      if (next == TERMINATOR) return i + 2;
      if (next != ESCAPE) throw corrupt(off);
      i++;
    }
    throw new IllegalArgumentException("Key bytes at offset " + off + " have no terminator");
  }

  /** The unescaped bytes of the value from off to end (just past its terminator). */
  static byte[] unescape(byte[] buf, int off, int end) {
    int last = end - 2;
    byte[] out = new byte[last - off];
    int n = 0;
    for (int i = off; i < last; i++) {
      out[n++] = buf[i];
      if (buf[i] == 0) i++; // skip the 0xFF of the escape; end() has checked it
    }
    return n == out.length ? out : Arrays.copyOf(out, n);
  }

  /** The string of the value from off to end. */
  static String string(byte[] buf, int off, int end) {
    int last = end - 2;
    for (int i = off; i < last; i++) {
      if (buf[i] == 0) return new String(unescape(buf, off, end), StandardCharsets.UTF_8);
    }
    // No escapes, the common case: decode in place without a temporary copy.
    return new String(buf, off, last - off, StandardCharsets.UTF_8);
  }

  private static IllegalArgumentException corrupt(int off) {
    return new IllegalArgumentException("Bad escape in key bytes at offset " + off);
  }
}
