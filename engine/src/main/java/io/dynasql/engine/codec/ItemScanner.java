package io.dynasql.engine.codec;

import io.dynasql.engine.model.AttributeValue;
import java.nio.charset.StandardCharsets;

/**
 * Finds one top-level attribute of an encoded item by stepping over the others: names are compared
 * as UTF-8 bytes and other values are skipped by their lengths and counts, never decoded.
 */
final class ItemScanner {
  private ItemScanner() {}

  /** The value of attribute {@code name}, or null when the item has none. */
  static AttributeValue find(ByteReader in, String name) {
    int version = in.readByte();
    if (version != ItemFormat.VERSION) throw in.corrupt("unknown item format version " + version);
    byte[] target = name.getBytes(StandardCharsets.UTF_8);
    int n = in.readLength();
    for (int i = 0; i < n; i++) {
      // Names are unique within an item, so the first match is the only one.
      if (in.skipStringEquals(target)) return ItemDecoder.value(in);
      skipValue(in);
    }
    return null;
  }

  /** Moves past the next value. */
  static void skipValue(ByteReader in) {
    int tag = in.readByte();
    switch (tag) {
      case ItemFormat.S, ItemFormat.B -> in.skip(in.readLength());
      case ItemFormat.N_LONG, ItemFormat.N_BIG -> skipNumber(tag, in);
      case ItemFormat.TRUE, ItemFormat.FALSE, ItemFormat.NULL -> { }
      case ItemFormat.L -> {
        for (int i = in.readLength(); i > 0; i--) skipValue(in);
      }
      case ItemFormat.M -> {
        for (int i = in.readLength(); i > 0; i--) {
          in.skip(in.readLength());
          skipValue(in);
        }
      }
      case ItemFormat.SS, ItemFormat.BS -> {
        for (int i = in.readLength(); i > 0; i--) in.skip(in.readLength());
      }
      case ItemFormat.NS -> {
        for (int i = in.readLength(); i > 0; i--) skipNumber(in.readByte(), in);
      }
      default -> throw in.corrupt("unknown value tag " + tag);
    }
  }

  private static void skipNumber(int tag, ByteReader in) {
    if (tag == ItemFormat.N_LONG) {
      in.readVarlong();
    } else if (tag == ItemFormat.N_BIG) {
      in.skip(in.readLength());
    } else {
      throw in.corrupt("not a number tag " + tag);
    }
    in.readVarint(); // the scale
  }
}
