package io.dynasql.engine.codec;

import io.dynasql.engine.model.AttributeValue;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * The bytes stored under every physical key (items and index entries): a header, then the item
 * body in {@link ItemCodec}'s format.
 *
 * <pre>
 * value  := FORMAT(2) crc32c:int32 flags:byte version:int64 [keyLength:varint fullKey] body
 * </pre>
 *
 * The CRC-32C covers every byte after itself, so a damaged value is reported instead of decoding
 * to wrong data. {@code version} is the LMDB transaction that wrote the value: a reader that sees
 * the same version later knows the item has not been written since (optimistic concurrency).
 * {@code fullKey} is present when the physical key is a bounded prefix of a longer logical key.
 * Values written before this header existed start with the body's own format byte (1) and read
 * with version 0 and no checksum.
 */
public final class StoredValue {
  /** First byte of a value with this header; the body's own format byte is 1. */
  static final byte FORMAT = 2;
  /** Flag: the full key follows the version. */
  static final int FULL_KEY = 1;
  private static final int CRC_AT = 1;
  private static final int FLAGS_AT = 5;
  private static final int VERSION_AT = 6;
  private static final int FIXED = 14;

  private StoredValue() {}

  /**
   * Where the parts of a value lie in the buffer it was read from.
   *
   * @param version the writing transaction, 0 for values written before versions were kept
   * @param keyOff offset of the full key, or -1 when the physical key is the full key
   * @param keyLen length of the full key
   * @param bodyOff offset of the item body
   * @param bodyLen length of the item body
   */
  public record Parts(long version, int keyOff, int keyLen, int bodyOff, int bodyLen) {
    /** Whether the value holds the full key (its physical key is a prefix). */
    public boolean hasFullKey() {
      return keyOff >= 0;
    }
  }

  /** Appends the value of {@code item}, written by transaction {@code version}, to {@code out}. */
  public static void encode(Map<String, AttributeValue> item, long version, ByteWriter out) {
    encode(item, version, null, 0, out);
  }

  /** The same, recording {@code fullKey[0..keyLen)} when the physical key is only its prefix. */
  public static void encode(Map<String, AttributeValue> item, long version, byte[] fullKey, int keyLen, ByteWriter out) {
    int start = out.length();
    out.put(FORMAT);
    out.putInt(0); // checksum, filled in below
    out.put(fullKey == null ? 0 : FULL_KEY);
    out.putLong(version);
    if (fullKey != null) {
      out.putVarint(keyLen);
      out.put(fullKey, 0, keyLen);
    }
    ItemCodec.encode(item, out);
    byte[] b = out.buffer();
    int crc = crc(b, start + FLAGS_AT, out.length() - start - FLAGS_AT);
    b[start + CRC_AT] = (byte) (crc >>> 24);
    b[start + CRC_AT + 1] = (byte) (crc >>> 16);
    b[start + CRC_AT + 2] = (byte) (crc >>> 8);
    b[start + CRC_AT + 3] = (byte) crc;
  }

  /**
   * The parts of the value in {@code buf[off..off+len)}, after checking its checksum.
   *
   * @throws IllegalArgumentException when the value is damaged or of an unknown format
   */
  public static Parts parts(byte[] buf, int off, int len) {
    if (len < 1) throw new IllegalArgumentException("empty value");
    if (buf[off] == 1) return new Parts(0, -1, 0, off, len); // before versions and checksums
    if (buf[off] != FORMAT) throw new IllegalArgumentException("unknown value format " + buf[off]);
    if (len < FIXED + 1) throw new IllegalArgumentException("value of " + len + " bytes is shorter than its header");
    int stored = readInt(buf, off + CRC_AT);
    if (stored != crc(buf, off + FLAGS_AT, len - FLAGS_AT)) throw new IllegalArgumentException("checksum mismatch");
    int flags = buf[off + FLAGS_AT];
    long version = ((long) readInt(buf, off + VERSION_AT) << 32) | (readInt(buf, off + VERSION_AT + 4) & 0xFFFFFFFFL);
    int p = off + FIXED;
    int end = off + len;
    if ((flags & FULL_KEY) == 0) return new Parts(version, -1, 0, p, end - p);
    ByteReader r = new ByteReader(buf, p, end - p);
    int keyLen = r.readLength();
    int keyOff = end - r.remaining();
    if (keyLen > end - keyOff) throw new IllegalArgumentException("full key longer than the value");
    return new Parts(version, keyOff, keyLen, keyOff + keyLen, end - keyOff - keyLen);
  }

  private static int crc(byte[] b, int off, int len) {
    CRC32C c = new CRC32C();
    c.update(b, off, len);
    return (int) c.getValue();
  }

  private static int readInt(byte[] b, int at) {
    return ((b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
  }
}
