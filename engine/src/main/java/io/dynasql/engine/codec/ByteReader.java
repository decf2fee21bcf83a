package io.dynasql.engine.codec;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A cursor over a byte range, the reading side of {@link ByteWriter}. Every read is checked
 * against the end of the range, so bytes that were not written by the matching writer fail with
 * {@link IllegalArgumentException} instead of reading past the item.
 */
final class ByteReader {
  private byte[] buf;
  private int end;
  private int pos;

  ByteReader(byte[] buf, int off, int len) {
    reset(buf, off, len);
  }

  /** Reads {@code buf[off, off + len)} from its start (a reader reused for item after item). */
  void reset(byte[] buf, int off, int len) {
    if (off < 0 || len < 0 || off > buf.length - len) {
      throw new IndexOutOfBoundsException("range " + off + "+" + len + " of " + buf.length);
    }
    this.buf = buf;
    this.pos = off;
    this.end = off + len;
  }

  boolean atEnd() {
    return pos == end;
  }

  /** The array read from, for a caller that compares bytes in place (then {@link #skip}s them). */
  byte[] buffer() {
    return buf;
  }

  /** The offset in {@link #buffer()} of the next byte. */
  int position() {
    return pos;
  }

  /** Bytes left to read. */
  int remaining() {
    return end - pos;
  }

  /** The next byte, sign-extended. */
  int readByte() {
    if (pos >= end) throw corrupt("truncated");
    return buf[pos++];
  }

  /** An unsigned varint as written by {@link ByteWriter#putVarint}. */
  int readVarint() {
    int result = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      int b = readByte();
      result |= (b & 0x7F) << shift;
      if (b >= 0) return result;
    }
    throw corrupt("varint too long");
  }

  /** An unsigned varlong as written by {@link ByteWriter#putVarlong}. */
  long readVarlong() {
    long result = 0;
    for (int shift = 0; shift < 70; shift += 7) {
      int b = readByte();
      result |= (long) (b & 0x7F) << shift;
      if (b >= 0) return result;
    }
    throw corrupt("varlong too long");
  }

  /**
   * A varint length or element count, checked to fit in the remaining bytes (every element takes
   * at least one), so corrupt input cannot make a caller allocate a huge collection.
   */
  int readLength() {
    int len = readVarint();
    if (len < 0 || len > end - pos) throw corrupt("length " + len);
    return len;
  }

  /** The next {@code len} bytes (a length already read) as a UTF-8 string. */
  String readString(int len) {
    if (len < 0 || len > end - pos) throw corrupt("length " + len);
    String s = new String(buf, pos, len, StandardCharsets.UTF_8);
    pos += len;
    return s;
  }

  /** Like {@link #readString(int)} for an attribute name: repeated names share one String. */
  String readName(int len) {
    if (len < 0 || len > end - pos) throw corrupt("length " + len);
    String s = NameCache.get(buf, pos, len);
    pos += len;
    return s;
  }

  /** {@link #readName(int)} for the top-level attribute at {@code position} (see NameCache). */
  String readName(int len, NameCache.Entry[] positions, int position) {
    if (len < 0 || len > end - pos) throw corrupt("length " + len);
    String s = NameCache.get(buf, pos, len, positions, position);
    pos += len;
    return s;
  }

  /** A copy of the next {@code len} bytes. */
  byte[] readBytes(int len) {
    if (len < 0 || len > end - pos) throw corrupt("length " + len);
    byte[] b = Arrays.copyOfRange(buf, pos, pos + len);
    pos += len;
    return b;
  }

  /** Moves past {@code len} bytes. */
  void skip(int len) {
    if (len < 0 || len > end - pos) throw corrupt("length " + len);
    pos += len;
  }

  /** Whether the next length-prefixed string's bytes equal {@code utf8}; moves past it either way. */
  boolean skipStringEquals(byte[] utf8) {
    int len = readLength();
    boolean equal = Arrays.equals(buf, pos, pos + len, utf8, 0, utf8.length);
    pos += len;
    return equal;
  }

  IllegalArgumentException corrupt(String what) {
    return new IllegalArgumentException("Corrupt encoding at offset " + pos + ": " + what);
  }
}
