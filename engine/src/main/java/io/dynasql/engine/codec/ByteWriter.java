package io.dynasql.engine.codec;

import java.util.Arrays;

/**
 * A growable byte buffer that codecs append to. One writer can be {@link #reset() reset} and
 * reused for every record a thread encodes, so hot paths allocate nothing once it has grown to the
 * largest record seen. Not thread-safe.
 */
public final class ByteWriter {
  private byte[] buf;
  private int len;

  /** A writer with a small initial capacity. */
  public ByteWriter() {
    this(64);
  }

  /** A writer that holds {@code initialCapacity} bytes before it first grows. */
  public ByteWriter(int initialCapacity) {
    if (initialCapacity < 0) throw new IllegalArgumentException("capacity " + initialCapacity);
    buf = new byte[initialCapacity];
  }

  /** Appends the low 8 bits of {@code b}. */
  public void put(int b) {
    if (len == buf.length) grow(1);
    buf[len++] = (byte) b;
  }

  /** Appends all of {@code bytes}. */
  public void put(byte[] bytes) {
    put(bytes, 0, bytes.length);
  }

  /** Appends {@code count} bytes of {@code bytes} from {@code off}. */
  public void put(byte[] bytes, int off, int count) {
    ensure(count);
    System.arraycopy(bytes, off, buf, len, count);
    len += count;
  }

  /** Appends {@code v} as 4 bytes, big-endian. */
  public void putInt(int v) {
    ensure(4);
    buf[len] = (byte) (v >>> 24);
    buf[len + 1] = (byte) (v >>> 16);
    buf[len + 2] = (byte) (v >>> 8);
    buf[len + 3] = (byte) v;
    len += 4;
  }

  /** Appends {@code v} as 8 bytes, big-endian. */
  public void putLong(long v) {
    putInt((int) (v >>> 32));
    putInt((int) v);
  }

  /** Appends {@code v}, read as unsigned, in 1 to 5 bytes: 7 bits a byte, low bits first. */
  public void putVarint(int v) {
    ensure(5);
    while ((v & ~0x7F) != 0) {
      buf[len++] = (byte) ((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    buf[len++] = (byte) v;
  }

  /** Appends {@code v}, read as unsigned, in 1 to 10 bytes: 7 bits a byte, low bits first. */
  public void putVarlong(long v) {
    ensure(10);
    while ((v & ~0x7FL) != 0) {
      buf[len++] = (byte) ((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    buf[len++] = (byte) v;
  }

  /** Appends the UTF-8 encoding of {@code s} (unpaired surrogates become '?', as in Java). */
  public void putUtf8(String s) {
    putUtf8(s, 0, s.length());
  }

  /** Appends the UTF-8 encoding of the chars {@code from} (inclusive) to {@code to} (exclusive). */
  public void putUtf8(String s, int from, int to) {
    ensure(Utf8.length(s, from, to));
    len = Utf8.encode(s, from, to, buf, len);
  }

  /** Appends the UTF-8 length of {@code s} as a varint, then its UTF-8 bytes. */
  public void putUtf8WithLength(String s) {
    int n = Utf8.length(s, 0, s.length());
    putVarint(n);
    ensure(n);
    len = Utf8.encode(s, 0, s.length(), buf, len);
  }

  /** Number of bytes written since creation or the last reset. */
  /**
   * The internal array; bytes {@code [0, length())} are the written ones. Valid until the next
   * write; lets hot paths hand bytes on without copying them.
   */
  public byte[] buffer() {
    return buf;
  }

  public int length() {
    return len;
  }

  /** Forgets the contents but keeps the grown capacity for reuse. */
  public void reset() {
    len = 0;
  }

  /** A copy of the bytes written. */
  public byte[] toArray() {
    return Arrays.copyOf(buf, len);
  }

  private void ensure(int extra) {
    if (buf.length - len < extra) grow(extra);
  }

  private void grow(int extra) {
    long needed = (long) len + extra;
    if (needed > Integer.MAX_VALUE - 8) throw new IllegalStateException("ByteWriter too large: " + needed);
    // Doubling keeps appends amortised O(1); the max() covers one large append.
    int capacity = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(needed, 2L * buf.length + 16));
    buf = Arrays.copyOf(buf, capacity);
  }
}
