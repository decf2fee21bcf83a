package io.dynasql.engine.table;

import java.util.HexFormat;
import org.agrona.DirectBuffer;

/**
 * Physical keys as text for error messages: the keyspace and partition hash, then the encoded
 * key bytes in hex. Used where a stored value cannot be decoded, so the item's own key
 * attributes are not at hand.
 */
public final class PhysicalKeys {
  private static final int PREFIX = 8;

  private PhysicalKeys() {}

  /** {@code keyspace 7, hash 0x1a2b3c4d, key 616c69636500...}. */
  public static String describe(DirectBuffer key) {
    int len = key.capacity();
    if (len < PREFIX) return "0x" + HexFormat.of().formatHex(bytes(key, 0, len));
    return "keyspace " + key.getInt(0, java.nio.ByteOrder.BIG_ENDIAN)
        + ", hash 0x" + Integer.toHexString(key.getInt(4, java.nio.ByteOrder.BIG_ENDIAN))
        + ", key 0x" + HexFormat.of().formatHex(bytes(key, PREFIX, len - PREFIX));
  }

  private static byte[] bytes(DirectBuffer b, int off, int len) {
    byte[] out = new byte[len];
    b.getBytes(off, out, 0, len);
    return out;
  }
}
